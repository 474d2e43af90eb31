package fr.guichet.store;

import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeWithBirthDateTest {
  private static final LocalDate BORN = LocalDate.of(1958, 4, 12);

  @TempDir Path dir;
  final StoreFixture.MutableClock clock = new StoreFixture.MutableClock();

  private Session savedSession(SqliteSessionStore store) {
    Session s = store.create("rsa", "1", DESK);
    store.appendAnswer(s.id(), "date_naissance", BORN.toString(), DESK);
    store.setSecondFactor(s.id(), BORN);
    store.release(s.id(), DESK.terminalId());
    return s;
  }

  @Test
  void resume_whenReopenedWithCodeAndBirthDate_findsSessionAndAnswers() {
    Session s;
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      s = savedSession(store);
    }
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      ResumeCode typed = ResumeCode.parse(s.resumeCode().toString().toLowerCase()).orElseThrow();
      ResumeOutcome outcome = store.resumeWithBirthDate(typed, BORN, "borne-2");
      assertThat(outcome).isInstanceOf(ResumeOutcome.Resumed.class);
      Session resumed = ((ResumeOutcome.Resumed) outcome).session();
      assertThat(resumed.id()).isEqualTo(s.id());
      assertThat(store.open(resumed.id(), "borne-2")).isInstanceOf(OpenOutcome.Opened.class);
      assertThat(store.currentAnswers(resumed.id()))
          .containsExactly(java.util.Map.entry("date_naissance", "1958-04-12"));
    }
  }

  @Test
  void resume_whenWrongDateUnknownCodeFinishedOrExpired_givesTheSameRefusal() {
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      Session s = savedSession(store);
      Session finished = savedSession(store);
      store.setStatus(finished.id(), SessionStatus.TERMINEE, DESK);
      Session noFactor = store.create("rsa", "1", DESK);

      ResumeOutcome wrongDate = store.resumeWithBirthDate(s.resumeCode(), BORN.plusDays(1), "t1");
      ResumeOutcome unknown = store.resumeWithBirthDate(
          ResumeCode.generate(new java.security.SecureRandom()), BORN, "t2");
      ResumeOutcome done = store.resumeWithBirthDate(finished.resumeCode(), BORN, "t3");
      ResumeOutcome none = store.resumeWithBirthDate(noFactor.resumeCode(), BORN, "t4");
      clock.advance(StoreSettings.defaults().resumeWindow().plusDays(1));
      ResumeOutcome expired = store.resumeWithBirthDate(s.resumeCode(), BORN, "t5");

      assertThat(java.util.List.of(wrongDate, unknown, done, none, expired))
          .allSatisfy(o -> assertThat(o)
              .isEqualTo(new ResumeOutcome.Refused(ResumeOutcome.REFUSAL)));
      assertThat(ResumeOutcome.REFUSAL).doesNotContainIgnoringCase("date incorrecte")
          .contains("ce code et cette date");
    }
  }

  @Test
  void resume_afterFiveWrongDates_isThrottledEvenAfterReopeningAndWithTheRightDate() {
    Session s;
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      s = savedSession(store);
      for (int i = 0; i < 5; i++) {
        assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN.minusYears(i + 1), "t" + i))
            .isInstanceOf(ResumeOutcome.Refused.class);
      }
    }
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      ResumeOutcome outcome = store.resumeWithBirthDate(s.resumeCode(), BORN, "other-terminal");
      assertThat(outcome).isEqualTo(
          new ResumeOutcome.Throttled(clock.instant().plus(Duration.ofSeconds(30))));
      assertThat(outcome.message()).startsWith("Trop d'essais");

      clock.advance(Duration.ofSeconds(31));
      assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN.minusDays(1), "t9"))
          .isInstanceOf(ResumeOutcome.Refused.class);
      assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN, "t10"))
          .as("the sixth failure doubles the delay")
          .isEqualTo(new ResumeOutcome.Throttled(clock.instant().plus(Duration.ofSeconds(60))));

      clock.advance(Duration.ofSeconds(61));
      assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN, "t11"))
          .isInstanceOf(ResumeOutcome.Resumed.class);
    }
  }

  @Test
  void resume_afterFiveWrongCodesFromOneTerminal_throttlesThatTerminalOnly() {
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      Session s = savedSession(store);
      java.security.SecureRandom random = new java.security.SecureRandom();
      for (int i = 0; i < 5; i++) {
        store.resumeWithBirthDate(ResumeCode.generate(random), BORN, "borne-hall");
      }
    }
    try (SqliteSessionStore store = StoreFixture.open(dir, clock)) {
      Session s = store.list().get(0);
      assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN, "borne-hall"))
          .isInstanceOf(ResumeOutcome.Throttled.class);
      assertThat(store.resumeWithBirthDate(s.resumeCode(), BORN, "borne-etage"))
          .isInstanceOf(ResumeOutcome.Resumed.class);
    }
  }
}
