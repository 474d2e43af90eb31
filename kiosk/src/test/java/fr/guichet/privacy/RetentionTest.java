package fr.guichet.privacy;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import fr.guichet.testing.HandClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import fr.guichet.testing.StoreBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs on every store technology (see {@link StoreBackend}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class RetentionTest {
  private static final Actor DESK = new Actor("m.durand", "accueil-1");

  @Parameter String kind;
  @TempDir Path dir;
  StoreBackend backend;

  @BeforeEach
  void openBackend() {
    backend = StoreBackend.of(kind, dir);
  }

  @AfterEach
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }
  final HandClock clock = new HandClock(Instant.parse("2025-01-15T10:00:00Z"));

  private Stores open() {
    return backend.open(clock, StoreSettings.defaults());
  }

  /** A session with one answer, last touched now, in {@code status}, its lease given back. */
  private UUID session(Stores store, SessionStatus status) {
    Session s = store.sessions().create("accueil-ccas", "1", DESK);
    store.sessions().appendAnswer(s.id(), "salaire_m1", "1234.56", DESK);
    if (status != SessionStatus.EN_COURS) {
      store.sessions().setStatus(s.id(), status, DESK);
    }
    store.sessions().release(s.id(), DESK.terminalId());
    return s.id();
  }

  @Test
  void purge_withDefaults_erasesOnlySessionsPastTheirLimit() {
    UUID oldUnfinished;
    UUID oldAbandoned;
    UUID recentUnfinished;
    UUID oldFinished;
    UUID finishedWithinAYear;
    UUID openOnATerminal;
    try (Stores store = open()) {
      oldUnfinished = session(store, SessionStatus.EN_COURS);
      oldAbandoned = session(store, SessionStatus.ABANDONNEE);
      oldFinished = session(store, SessionStatus.TERMINEE);
      clock.advance(Duration.ofDays(40));
      finishedWithinAYear = session(store, SessionStatus.TERMINEE);
      openOnATerminal = store.sessions().create("accueil-ccas", "1", DESK).id();
      clock.advance(Duration.ofDays(40));
      recentUnfinished = session(store, SessionStatus.EN_COURS);
    }
    // 2025-01-15 + 80 days = 2025-04-05; then jump to 2026-01-20: 12 months after the first
    // sessions and less than 12 months after the second batch
    clock.advance(Duration.between(Instant.parse("2025-04-05T10:00:00Z"),
        Instant.parse("2026-01-20T10:00:00Z")));
    try (Stores store = open()) {
      store.sessions().heartbeat(openOnATerminal, DESK.terminalId());
      UUID stillRecent = session(store, SessionStatus.EN_COURS);
      PersonalDataStore.Purge done = RetentionPolicy.defaults()
          .purge(store.personal(), clock, "serveur");
      assertThat(done.unfinished()).isEqualTo(3);
      assertThat(done.finished()).isEqualTo(1);
      assertThat(done.journalCleared()).isTrue();
      assertThat(store.sessions().list()).extracting(Session::id)
          .containsExactlyInAnyOrder(finishedWithinAYear, openOnATerminal, stillRecent);
      assertThat(store.sessions().currentAnswers(finishedWithinAYear))
          .containsExactly(Map.entry("salaire_m1", "1234.56"));
      for (UUID gone : new UUID[] {oldUnfinished, oldAbandoned, recentUnfinished, oldFinished}) {
        assertThat(store.audit().trail(gone)).last().extracting(AuditEntry::action, AuditEntry::actor)
            .containsExactly("SESSION_PURGED", "systeme");
        assertThat(store.sessions().currentAnswers(gone)).isEmpty();
      }
      assertThat(store.audit().firstBroken()).isEmpty();
    }
  }

  @Test
  void purge_secondRun_erasesNothingMore() {
    try (Stores store = open()) {
      session(store, SessionStatus.EN_COURS);
      clock.advance(Duration.ofDays(100));
      RetentionPolicy policy = RetentionPolicy.defaults();
      assertThat(policy.purge(store.personal(), clock, "t").total()).isEqualTo(1);
      assertThat(policy.purgeAtStart(store.personal(), clock, "t"))
          .hasValue(new PersonalDataStore.Purge(0, 0, true));
    }
  }

  @Test
  void limits_countCalendarMonthsInParis() {
    RetentionPolicy policy = new RetentionPolicy(3, 12);
    Instant now = Instant.parse("2026-05-31T22:30:00Z"); // 1 June 00:30 in Paris
    assertThat(policy.unfinishedLimit(now)).isEqualTo(Instant.parse("2026-02-28T23:30:00Z"));
    assertThat(policy.finishedLimit(now)).isEqualTo(Instant.parse("2025-05-31T22:30:00Z"));
  }

  @Test
  void fromSettings_readsMonths_andKeepsDefaultsForMissingKeys() {
    assertThat(RetentionPolicy.fromSettings(Map.of(RetentionPolicy.FINISHED_KEY, "24")))
        .isEqualTo(new RetentionPolicy(3, 24));
  }
}
