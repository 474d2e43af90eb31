package fr.guichet.store;

import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaseTest {
  @TempDir Path dir;
  final StoreFixture.MutableClock clock = new StoreFixture.MutableClock();
  final Actor deskA = new Actor("agent.a", "poste-a");
  final Actor deskB = new Actor("agent.b", "poste-b");

  @Test
  void open_whenAnotherStoreHoldsTheSession_refusesWithFrenchMessage() {
    try (SqliteSessionStore a = StoreFixture.open(dir, clock);
        SqliteSessionStore b = StoreFixture.open(dir, clock)) {
      Session s = a.create("rsa", "1", deskA);
      a.appendAnswer(s.id(), "k", "from A", deskA);

      OpenOutcome second = b.open(s.id(), deskB);

      assertThat(second).isInstanceOf(OpenOutcome.Busy.class);
      assertThat(((OpenOutcome.Busy) second).message()).contains("déjà ouvert sur un autre poste");
      assertThatThrownBy(() -> b.appendAnswer(s.id(), "k", "from B", deskB))
          .isInstanceOf(SessionConflictException.class);
      assertThat(a.currentAnswers(s.id())).containsExactly(Map.entry("k", "from A"));
    }
  }

  @Test
  void open_afterRelease_succeedsAndOldHolderCanNoLongerWrite() {
    try (SqliteSessionStore a = StoreFixture.open(dir, clock);
        SqliteSessionStore b = StoreFixture.open(dir, clock)) {
      Session s = a.create("rsa", "1", deskA);
      a.release(s.id(), deskA.terminalId());

      assertThat(b.open(s.id(), deskB)).isInstanceOf(OpenOutcome.Opened.class);
      b.appendAnswer(s.id(), "k", "from B", deskB);
      assertThatThrownBy(() -> a.appendAnswer(s.id(), "k", "from A", deskA))
          .isInstanceOf(SessionConflictException.class)
          .extracting(e -> ((StoreException) e).userMessage()).asString()
          .contains("autre poste");
      assertThat(b.currentAnswers(s.id())).containsExactly(Map.entry("k", "from B"));
    }
  }

  @Test
  void open_whenHolderIsStale_takesOverAndHeartbeatKeepsLeaseAlive() {
    try (SqliteSessionStore a = StoreFixture.open(dir, clock);
        SqliteSessionStore b = StoreFixture.open(dir, clock)) {
      Session s = a.create("rsa", "1", deskA);
      clock.advance(Duration.ofMinutes(4));
      a.heartbeat(s.id(), deskA.terminalId());
      clock.advance(Duration.ofMinutes(4));
      assertThat(b.open(s.id(), deskB)).as("heartbeat 4 min ago").isInstanceOf(OpenOutcome.Busy.class);

      clock.advance(Duration.ofMinutes(2));
      assertThat(b.open(s.id(), deskB)).isInstanceOf(OpenOutcome.Opened.class);
      assertThatThrownBy(() -> a.heartbeat(s.id(), deskA.terminalId()))
          .isInstanceOf(SessionConflictException.class);
    }
  }

  @Test
  void open_bySameTerminalAgain_succeeds() {
    try (SqliteSessionStore a = StoreFixture.open(dir, clock)) {
      Session s = a.create("rsa", "1", DESK);
      assertThat(a.open(s.id(), DESK)).isEqualTo(new OpenOutcome.Opened(s));
    }
  }
}
