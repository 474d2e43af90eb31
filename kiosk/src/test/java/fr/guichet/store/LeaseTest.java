package fr.guichet.store;

import fr.guichet.store.session.OpenOutcome;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionConflictException;
import fr.guichet.store.Stores;
import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
class LeaseTest {
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
  final Actor deskA = new Actor("agent.a", "poste-a");
  final Actor deskB = new Actor("agent.b", "poste-b");

  @Test
  void open_whenAnotherStoreHoldsTheSession_refusesWithFrenchMessage() {
    try (Stores a = backend.open(clock);
        Stores b = backend.open(clock)) {
      Session s = a.sessions().create("rsa", "1", deskA);
      a.sessions().appendAnswer(s.id(), "k", "from A", deskA);

      OpenOutcome second = b.sessions().open(s.id(), deskB);

      assertThat(second).isInstanceOf(OpenOutcome.Busy.class);
      assertThat(((OpenOutcome.Busy) second).message()).contains("déjà ouvert sur un autre poste");
      assertThatThrownBy(() -> b.sessions().appendAnswer(s.id(), "k", "from B", deskB))
          .isInstanceOf(SessionConflictException.class);
      assertThat(a.sessions().currentAnswers(s.id())).containsExactly(Map.entry("k", "from A"));
    }
  }

  @Test
  void open_afterRelease_succeedsAndOldHolderCanNoLongerWrite() {
    try (Stores a = backend.open(clock);
        Stores b = backend.open(clock)) {
      Session s = a.sessions().create("rsa", "1", deskA);
      a.sessions().release(s.id(), deskA.terminalId());

      assertThat(b.sessions().open(s.id(), deskB)).isInstanceOf(OpenOutcome.Opened.class);
      b.sessions().appendAnswer(s.id(), "k", "from B", deskB);
      assertThatThrownBy(() -> a.sessions().appendAnswer(s.id(), "k", "from A", deskA))
          .isInstanceOf(SessionConflictException.class)
          .extracting(e -> ((StoreException) e).userMessage()).asString()
          .contains("autre poste");
      assertThat(b.sessions().currentAnswers(s.id())).containsExactly(Map.entry("k", "from B"));
    }
  }

  @Test
  void open_whenHolderIsStale_takesOverAndHeartbeatKeepsLeaseAlive() {
    try (Stores a = backend.open(clock);
        Stores b = backend.open(clock)) {
      Session s = a.sessions().create("rsa", "1", deskA);
      clock.advance(Duration.ofMinutes(4));
      a.sessions().heartbeat(s.id(), deskA.terminalId());
      clock.advance(Duration.ofMinutes(4));
      assertThat(b.sessions().open(s.id(), deskB)).as("heartbeat 4 min ago").isInstanceOf(OpenOutcome.Busy.class);

      clock.advance(Duration.ofMinutes(2));
      assertThat(b.sessions().open(s.id(), deskB)).isInstanceOf(OpenOutcome.Opened.class);
      assertThatThrownBy(() -> a.sessions().heartbeat(s.id(), deskA.terminalId()))
          .isInstanceOf(SessionConflictException.class);
    }
  }

  @Test
  void open_bySameTerminalAgain_succeeds() {
    try (Stores a = backend.open(clock)) {
      Session s = a.sessions().create("rsa", "1", DESK);
      assertThat(a.sessions().open(s.id(), DESK)).isEqualTo(new OpenOutcome.Opened(s));
    }
  }
}
