package fr.guichet.tui;

import fr.guichet.store.StoreException;
import fr.guichet.store.session.SessionStore;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real screens on a virtual terminal: keys in, screen text and saved answers out. */
class GuichetUiTest {
  private static final Pattern CODE = Pattern.compile("Code : ([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4})");

  @TempDir
  Path data;

  @Test
  void welcome_at80x24_showsChoicesAccentsAndKeys() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24)) {
      assertThat(d.screen()).contains("Bienvenue", "1. Commencer un nouvel entretien",
          "2. Reprendre un entretien avec un code", "F12 : quitter");
    }
  }

  @Test
  void answer_whenConfirmed_isSavedBeforeTheNextQuestionShows() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24)) {
      d.type("1").enter();
      assertThat(d.screen()).contains("Quelle est votre date de naissance ?", "Votre situation",
          "Question 2 sur");
      d.type("12/03/1980").enter();
      assertThat(d.screen()).contains("Vivez-vous en couple ?");
      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().currentAnswers(id)).containsEntry("demandeur.date_naissance", "1980-03-12");
    }
  }

  @Test
  void answer_whenRefused_showsTheEngineMessageAndKeepsTheText() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24)) {
      d.type("1").enter().type("31/02/1980").enter();
      assertThat(d.screen()).contains("Cette date n'existe pas", "31/02/1980",
          "Quelle est votre date de naissance ?");
      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().currentAnswers(id)).containsOnlyKeys("intro");
    }
  }

  @Test
  void choices_byDigitOrArrows_andDontKnowOnlyWhereAllowed() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24)) {
      d.type("1").enter().type("12/03/1980").enter();
      d.key(KeyType.F3);
      assertThat(d.screen()).contains("n'est pas possible");
      d.key(KeyType.F1);
      assertThat(d.screen()).contains("Aide : En couple veut dire marié");
      d.type("2");
      assertThat(d.screen()).contains("Vous êtes…", "3. Hébergé(e)");
      d.key(KeyType.ArrowDown).key(KeyType.ArrowUp).enter();
      assertThat(d.screen()).contains("Quel est le montant de votre loyer ?", "F3 : je ne sais pas");
      d.key(KeyType.F3);
      assertThat(d.screen()).contains("De quoi avez-vous besoin ?");
      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().currentAnswers(id)).containsEntry("en_couple", "non")
          .containsEntry("logement", "locataire").containsEntry("loyer", "?");
    }
  }

  @Test
  void review_pickAnAnswer_changesItAndComesBack() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24)) {
      d.type("1").enter().type("12/03/1980").enter().type("1").type("2");
      d.key(KeyType.F4);
      assertThat(d.screen()).contains("Relecture de vos réponses", "Vivez-vous en couple ? : Oui",
          "Vous êtes… : Propriétaire", "(sans réponse)");
      d.key(KeyType.ArrowDown).enter();  // the second line: en_couple
      assertThat(d.screen()).contains("Vivez-vous en couple ?");
      d.type("2");
      assertThat(d.screen()).contains("Relecture de vos réponses", "Vivez-vous en couple ? : Non");
      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().currentAnswers(id)).containsEntry("en_couple", "non");
    }
  }

  @Test
  void storeFailure_showsItsFrenchMessage_keepsTheTypedText_andDoesNotMoveOn() throws Exception {
    AtomicBoolean diskFull = new AtomicBoolean();
    fr.guichet.store.Stores stores = fr.guichet.store.sqlite.SqliteStores.open(
        fr.guichet.store.DataDirectory.of(data), java.time.Clock.systemUTC(),
        fr.guichet.store.StoreSettings.defaults());
    SessionStore real = stores.sessions();
    SessionStore failingSessions = (SessionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
          if (diskFull.get() && method.getName().equals("appendAnswer")) {
            throw new StoreException("Le disque est plein : la réponse n'est pas enregistrée.",
                "disk full");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    fr.guichet.store.Stores failing = (fr.guichet.store.Stores) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {fr.guichet.store.Stores.class},
        (proxy, method, args) -> {
          if (method.getName().equals("sessions")) {
            return failingSessions;
          }
          try {
            return method.invoke(stores, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24, failing)) {
      d.type("1").enter();
      diskFull.set(true);
      d.type("12/03/1980").enter();
      assertThat(d.screen()).contains("Le disque est plein", "12/03/1980",
          "Quelle est votre date de naissance ?");
      diskFull.set(false);
      d.enter();
      assertThat(d.screen()).contains("Vivez-vous en couple ?");
    }
  }

  @Test
  void kiosk_privacyNoticeFirst_thenCodeAndBirthDateResume() throws Exception {
    String code;
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24)) {
      d.type("1");
      assertThat(d.screen()).contains("Avant de commencer : vos données", "Qui le voit");
      d.type("1");
      assertThat(d.screen()).contains("partager avec le CCAS ?");
      d.type("2").enter().type("12/03/1980").enter().type("1");
      UUID created = d.store.sessions().list().get(0).id();
      assertThat(d.store.personal().consents(created)).isEqualTo(
          new fr.guichet.store.personal.PersonalDataStore.Consents(java.util.Optional.of(true),
              java.util.Optional.of(false)));
      d.key(KeyType.F10);
      Matcher m = CODE.matcher(d.screen());
      assertThat(m.find()).as(d.screen()).isTrue();
      code = m.group(1);
      d.type("2");
      assertThat(d.screen()).contains("Bienvenue").doesNotContain(code);
      d.type("2").type(code.toLowerCase()).enter().type("13/03/1980").enter();
      assertThat(d.screen()).contains("Nous ne retrouvons pas de dossier");
      d.key(KeyType.Escape).type("2").type(code).enter().type("12/03/1980").enter();
      assertThat(d.screen()).contains("Vous êtes…");
      d.key(KeyType.F4);
      assertThat(d.screen()).contains("Vivez-vous en couple ? : Oui", "12/03/1980");
    }
  }

  @Test
  void kiosk_whenIdle_countsDownThenWipesToTheWelcomeScreen() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24)) {
      d.type("1").type("1").type("1").enter().type("12/03/1980").enter().type("Ou");
      d.clock.advance(Duration.ofSeconds(80));
      d.pump();
      assertThat(d.screen()).contains("Êtes-vous toujours là ?", "effacé dans 10 s", "Vivez-vous en couple ?");
      d.type("x");  // any key keeps the person's screen
      assertThat(d.screen()).doesNotContain("effacé dans").contains("Vivez-vous en couple ?");
      d.clock.advance(Duration.ofSeconds(91));
      d.pump();
      assertThat(d.screen()).contains("Bienvenue").doesNotContain("couple", "1980");
      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().currentAnswers(id)).isEqualTo(Map.of("intro", "vu",
          "demandeur.date_naissance", "1980-03-12"));
    }
  }

  @Test
  void kiosk_ctrlKeysAndEscapeCharacters_neitherLeaveNorReachTheScreen() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24)) {
      d.type("1").type("1").type("1").enter();
      d.ctrl('c').ctrl('z').ctrl('\\').type("\u001b[31m\u0007\u009b12/03/1980");
      assertThat(d.ui.running()).isTrue();
      assertThat(d.screen()).contains("[31m12/03/1980").doesNotContain("\u001b", "\u009b", "c12");
      d.key(KeyType.F12).type("0000").enter();
      assertThat(d.screen()).contains("Code incorrect.");
      d.type("4321").enter();
      assertThat(d.ui.running()).isFalse();
    }
  }

  @Test
  void resize_from80x24to120x40_rewrapsAndKeepsWorking() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24)) {
      d.type("1");
      assertThat(d.screen().lines().filter(l -> l.contains("Ce qui est gardé")).findFirst()
          .orElseThrow().length()).isEqualTo(80);
      d.resize(120, 40);
      assertThat(d.screen()).contains("Ce qui est gardé : vos réponses, chiffrées, sur l'ordinateur du CCAS. Votre nom");
      d.type("1").type("1");
      assertThat(d.screen()).contains("Nous allons vous poser quelques questions.");
    }
  }
}
