package fr.guichet.access;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.account.PasswordHasher;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.testing.HandClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountServiceTest {
  private static final String TERMINAL = "accueil-1";
  private static final char[] BOSS_PASSWORD = "correct horse battery".toCharArray();
  private static final char[] AGENT_PASSWORD = "mot de passe du matin".toCharArray();

  @TempDir Path dir;
  final HandClock clock = new HandClock(Instant.parse("2026-03-02T09:00:00Z"));

  /** Runs {@code work} with a service on a fresh store object over the same file. */
  private void withService(Consumer<AccountService> work) {
    try (Stores store = SqliteStores.open(DataDirectory.of(dir), clock,
        StoreSettings.defaults())) {
      work.accept(new AccountService(store.accounts(),
          new PasswordHasher(1_000, new SecureRandom()), clock));
    }
  }

  private Agent boss() {
    withService(s -> s.createFirstResponsable("chef", BOSS_PASSWORD, TERMINAL));
    return new Agent("chef", Role.RESPONSABLE);
  }

  private LoginResult logIn(String user, char[] password) {
    LoginResult[] result = new LoginResult[1];
    withService(s -> result[0] = s.logIn(user, password, TERMINAL));
    return result[0];
  }

  @Test
  void createFirstResponsable_whenAccountsExist_isRefused() {
    withService(s -> {
      assertThat(s.hasAccounts()).isFalse();
      assertThat(s.createFirstResponsable("Chef ", BOSS_PASSWORD, TERMINAL))
          .isInstanceOf(AccountChange.Done.class);
    });
    withService(s -> {
      assertThat(s.createFirstResponsable("intrus", BOSS_PASSWORD, TERMINAL))
          .isInstanceOf(AccountChange.Rejected.class)
          .extracting(AccountChange::message).asString().contains("existent déjà");
      assertThat(s.logIn("intrus", BOSS_PASSWORD, TERMINAL))
          .isInstanceOf(LoginResult.Refused.class);
    });
    assertThat(logIn("chef", BOSS_PASSWORD))
        .isEqualTo(new LoginResult.LoggedIn(new Agent("chef", Role.RESPONSABLE)));
  }

  @Test
  void logIn_whenPasswordWrongOrUserUnknown_givesTheSameRefusal() {
    Agent boss = boss();
    withService(s -> s.create(boss, "m.durand", Role.MEDIATEUR, AGENT_PASSWORD, TERMINAL));
    LoginResult wrongPassword = logIn("m.durand", "mot de passe du soir".toCharArray());
    LoginResult unknownUser = logIn("m.dupont", AGENT_PASSWORD);
    assertThat(wrongPassword).isEqualTo(unknownUser)
        .isEqualTo(new LoginResult.Refused("Identifiant ou mot de passe incorrect."));
    assertThat(logIn("M.Durand", AGENT_PASSWORD))
        .isEqualTo(new LoginResult.LoggedIn(new Agent("m.durand", Role.MEDIATEUR)));
  }

  @Test
  void logIn_whenAccountDisabled_saysSoOnlyToTheRightPassword() {
    Agent boss = boss();
    withService(s -> {
      s.create(boss, "m.durand", Role.ACCUEIL, AGENT_PASSWORD, TERMINAL);
      assertThat(s.disable(boss, "m.durand", TERMINAL)).isInstanceOf(AccountChange.Done.class);
    });
    assertThat(logIn("m.durand", AGENT_PASSWORD).message()).contains("désactivé");
    assertThat(logIn("m.durand", "mauvais mot de passe".toCharArray()).message())
        .isEqualTo(LoginResult.Refused.WRONG);
  }

  @Test
  void logIn_afterFiveWrongPasswords_isLockedEvenWithTheRightOne_acrossReopen() {
    Agent boss = boss();
    withService(s -> s.create(boss, "m.durand", Role.MEDIATEUR, AGENT_PASSWORD, TERMINAL));
    for (int i = 1; i <= 4; i++) {
      assertThat(logIn("m.durand", ("faux " + i + " essai!!").toCharArray()))
          .as("failure %d", i).isInstanceOf(LoginResult.Refused.class);
    }
    assertThat(logIn("m.durand", "faux 5 essai!!".toCharArray()))
        .isEqualTo(new LoginResult.Locked(clock.instant().plus(Duration.ofMinutes(1))));
    // a new store object on the same file: the lock is in the database
    assertThat(logIn("m.durand", AGENT_PASSWORD)).isInstanceOf(LoginResult.Locked.class)
        .extracting(LoginResult::message).asString().contains("Trop d'essais");

    clock.advance(Duration.ofSeconds(61));
    assertThat(logIn("m.durand", "faux 6 essai!!".toCharArray()))
        .isEqualTo(new LoginResult.Locked(clock.instant().plus(Duration.ofMinutes(2))));
    clock.advance(Duration.ofMinutes(2).plusSeconds(1));
    assertThat(logIn("m.durand", AGENT_PASSWORD)).isInstanceOf(LoginResult.LoggedIn.class);

    // a success starts the count again
    assertThat(logIn("m.durand", "faux 7 essai!!".toCharArray()))
        .isInstanceOf(LoginResult.Refused.class);
  }

  @ParameterizedTest
  @CsvSource({"1, PT0S", "4, PT0S", "5, PT1M", "6, PT2M", "7, PT4M", "11, PT1H", "40, PT1H"})
  void lockFor_growsFromTheFifthFailure_cappedAtOneHour(int failures, Duration expected) {
    assertThat(AccountService.lockFor(failures)).isEqualTo(expected);
  }

  @Test
  void create_whenNotResponsableOrDuplicateOrWeakPassword_isRejected() {
    Agent boss = boss();
    withService(s -> {
      s.create(boss, "a.martin", Role.TRAVAILLEUR_SOCIAL, AGENT_PASSWORD, TERMINAL);
      Agent worker = new Agent("a.martin", Role.TRAVAILLEUR_SOCIAL);
      assertThat(s.create(worker, "x.y", Role.RESPONSABLE, AGENT_PASSWORD, TERMINAL).message())
          .contains("Seul un responsable");
      assertThat(s.create(boss, "A.Martin", Role.ACCUEIL, AGENT_PASSWORD, TERMINAL).message())
          .contains("déjà pris");
      assertThat(s.create(boss, "b.bernard", Role.ACCUEIL, "court".toCharArray(), TERMINAL)
          .message()).contains("au moins 12");
      assertThat(s.create(boss, "é t", Role.ACCUEIL, AGENT_PASSWORD, TERMINAL).message())
          .contains("identifiant");
      assertThat(s.list(boss)).extracting(a -> a.username() + ":" + a.role())
          .containsExactly("a.martin:TRAVAILLEUR_SOCIAL", "chef:RESPONSABLE");
      assertThat(s.list(worker)).isEmpty();
    });
  }

  @Test
  void changeOwnPassword_needsTheCurrentOne_andResetByResponsableClearsLock() {
    Agent boss = boss();
    char[] newPassword = "nouveau mot de passe".toCharArray();
    withService(s -> {
      s.create(boss, "m.durand", Role.MEDIATEUR, AGENT_PASSWORD, TERMINAL);
      assertThat(s.changeOwnPassword("m.durand", "pas le bon du tout".toCharArray(), newPassword,
          TERMINAL)).isInstanceOf(AccountChange.Rejected.class);
      assertThat(s.changeOwnPassword("m.durand", AGENT_PASSWORD, newPassword, TERMINAL))
          .isInstanceOf(AccountChange.Done.class);
    });
    assertThat(logIn("m.durand", AGENT_PASSWORD)).isInstanceOf(LoginResult.Refused.class);
    for (int i = 0; i < 5; i++) {
      logIn("m.durand", "encore faux !!!!".toCharArray());
    }
    assertThat(logIn("m.durand", newPassword)).isInstanceOf(LoginResult.Locked.class);
    withService(s -> assertThat(s.resetPassword(boss, "m.durand", AGENT_PASSWORD, TERMINAL))
        .isInstanceOf(AccountChange.Done.class));
    assertThat(logIn("m.durand", AGENT_PASSWORD)).isInstanceOf(LoginResult.LoggedIn.class);
  }

  @Test
  void accountEvents_areAuditedWithoutPasswords_andPasswordsAreNotInTheFile()
      throws Exception {
    Agent boss = boss();
    withService(s -> s.create(boss, "m.durand", Role.MEDIATEUR, AGENT_PASSWORD, TERMINAL));
    logIn("m.durand", "faux mot de passe".toCharArray());
    logIn("m.durand", AGENT_PASSWORD);
    try (Stores store = SqliteStores.open(DataDirectory.of(dir), clock,
        StoreSettings.defaults())) {
      assertThat(store.audit().firstBroken()).isEmpty();
      assertThat(store.audit().count()).isEqualTo(4);
    }
    for (String f : new String[] {"guichet.db", "guichet.db-wal"}) {
      Path file = dir.resolve(f);
      if (Files.exists(file)) {
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(new String(AGENT_PASSWORD))
            .doesNotContain("faux mot de passe").doesNotContain(new String(BOSS_PASSWORD));
      }
    }
  }
}
