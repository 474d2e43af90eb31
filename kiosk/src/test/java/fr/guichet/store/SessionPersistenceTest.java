package fr.guichet.store;

import static fr.guichet.store.StoreFixture.DESK;
import static fr.guichet.store.StoreFixture.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionPersistenceTest {
  @TempDir Path dir;
  final StoreFixture.MutableClock clock = new StoreFixture.MutableClock();

  @Test
  void answers_whenStoreReopened_areAllThereInOrder() {
    Session created;
    Map<String, String> written = new LinkedHashMap<>();
    written.put("date_naissance", "1958-04-12");
    written.put("conjoint.salaire_m1", "1234.56");
    written.put("enfant2.date_naissance", "2011-09-30");
    written.put("commentaire", "Élodie « là-bas » — 20 € \n deuxième ligne\t\u0000fin 😀");
    written.put("vide", "");
    written.put("loyer", "@je-ne-sais-pas");
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      created = store.create("rsa-simple", "3", KIOSK);
      written.forEach((k, v) -> store.appendAnswer(created.id(), k, v, KIOSK));
    }
    try (SqliteSessionStore reopened = StoreFixture.open(dir, clock)) {
      assertThat(reopened.find(created.id())).contains(created.withUpdatedAt(clock.instant()));
      assertThat(reopened.currentAnswers(created.id())).containsExactlyEntriesOf(written);
    }
  }

  @Test
  void currentAnswers_whenKeyChangedAndCleared_areLatestPerKeyInFirstGivenOrder() {
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      UUID id = store.create("s", "1", DESK).id();
      store.appendAnswer(id, "a", "1", DESK);
      store.appendAnswer(id, "b", "2", DESK);
      store.appendAnswer(id, "c", "3", DESK);
      store.appendAnswer(id, "a", "1 bis", DESK);
      store.clearAnswer(id, "b", DESK);
      store.appendAnswer(id, "d", "4", DESK);

      assertThat(store.currentAnswers(id))
          .containsExactly(Map.entry("a", "1 bis"), Map.entry("c", "3"), Map.entry("d", "4"));
    }
  }

  @Test
  void session_whenCreated_hasCodeScriptStatusAndClockTimes() {
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      Session s = store.create("aspa", "2026-04", DESK);
      clock.advance(Duration.ofMinutes(3));
      store.appendAnswer(s.id(), "x", "y", DESK);
      store.setStatus(s.id(), SessionStatus.TERMINEE, DESK);

      Session read = store.findByCode(s.resumeCode()).orElseThrow();
      assertThat(read.status()).isEqualTo(SessionStatus.TERMINEE);
      assertThat(read.scriptId()).isEqualTo("aspa");
      assertThat(read.scriptVersion()).isEqualTo("2026-04");
      assertThat(read.createdAt()).isEqualTo(s.createdAt());
      assertThat(read.updatedAt()).isEqualTo(s.createdAt().plus(Duration.ofMinutes(3)));
      assertThat(store.list()).extracting(Session::id).containsExactly(s.id());
    }
  }

  @Test
  void appendAnswer_whenSessionUnknown_throwsFrenchMessage() {
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      assertThatThrownBy(() -> store.appendAnswer(UUID.randomUUID(), "k", "v", DESK))
          .isInstanceOf(StoreException.class)
          .extracting(e -> ((StoreException) e).userMessage()).asString()
          .contains("n'existe plus");
    }
  }
}
