package fr.guichet.store;

import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import static fr.guichet.store.StoreFixture.DESK;
import static fr.guichet.store.StoreFixture.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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
class SessionPersistenceTest {
  @Parameter String kind;
  StoreBackend backend;
  @TempDir Path dir;

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
    try (Stores store = backend.open(clock)) {
      created = store.sessions().create("rsa-simple", "3", KIOSK);
      written.forEach((k, v) -> store.sessions().appendAnswer(created.id(), k, v, KIOSK));
    }
    try (Stores reopened = backend.open(clock)) {
      assertThat(reopened.sessions().find(created.id())).contains(created.withUpdatedAt(clock.instant()));
      assertThat(reopened.sessions().currentAnswers(created.id())).containsExactlyEntriesOf(written);
    }
  }

  @Test
  void currentAnswers_whenKeyChangedAndCleared_areLatestPerKeyInFirstGivenOrder() {
    try (Stores store = backend.open(clock)) {
      UUID id = store.sessions().create("s", "1", DESK).id();
      store.sessions().appendAnswer(id, "a", "1", DESK);
      store.sessions().appendAnswer(id, "b", "2", DESK);
      store.sessions().appendAnswer(id, "c", "3", DESK);
      store.sessions().appendAnswer(id, "a", "1 bis", DESK);
      store.sessions().clearAnswer(id, "b", DESK);
      store.sessions().appendAnswer(id, "d", "4", DESK);

      assertThat(store.sessions().currentAnswers(id))
          .containsExactly(Map.entry("a", "1 bis"), Map.entry("c", "3"), Map.entry("d", "4"));
    }
  }

  @Test
  void session_whenCreated_hasCodeScriptStatusAndClockTimes() {
    try (Stores store = backend.open(clock)) {
      Session s = store.sessions().create("aspa", "2026-04", DESK);
      clock.advance(Duration.ofMinutes(3));
      store.sessions().appendAnswer(s.id(), "x", "y", DESK);
      store.sessions().setStatus(s.id(), SessionStatus.TERMINEE, DESK);

      Session read = store.sessions().findByCode(s.resumeCode()).orElseThrow();
      assertThat(read.status()).isEqualTo(SessionStatus.TERMINEE);
      assertThat(read.scriptId()).isEqualTo("aspa");
      assertThat(read.scriptVersion()).isEqualTo("2026-04");
      assertThat(read.createdAt()).isEqualTo(s.createdAt());
      assertThat(read.updatedAt()).isEqualTo(s.createdAt().plus(Duration.ofMinutes(3)));
      assertThat(store.sessions().list()).extracting(Session::id).containsExactly(s.id());
    }
  }

  @Test
  void appendAnswer_whenSessionUnknown_throwsFrenchMessage() {
    try (Stores store = backend.open(clock)) {
      assertThatThrownBy(() -> store.sessions().appendAnswer(UUID.randomUUID(), "k", "v", DESK))
          .isInstanceOf(StoreException.class)
          .extracting(e -> ((StoreException) e).userMessage()).asString()
          .contains("n'existe plus");
    }
  }
}
