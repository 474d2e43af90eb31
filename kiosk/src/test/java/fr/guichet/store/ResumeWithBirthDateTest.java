package fr.guichet.store;

import fr.guichet.store.session.OpenOutcome;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import fr.guichet.store.throttle.ResumeOutcome;
import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
class ResumeWithBirthDateTest {
  @Parameter String kind;
  StoreBackend backend;
  private static final LocalDate BORN = LocalDate.of(1958, 4, 12);

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

  private Session savedSession(Stores store) {
    Session s = store.sessions().create("rsa", "1", DESK);
    store.sessions().appendAnswer(s.id(), "date_naissance", BORN.toString(), DESK);
    store.resumes().setSecondFactor(s.id(), BORN);
    store.sessions().release(s.id(), DESK.terminalId());
    return s;
  }

  @Test
  void resume_whenReopenedWithCodeAndBirthDate_findsSessionAndAnswers() {
    Session s;
    try (Stores store = backend.open(clock)) {
      s = savedSession(store);
    }
    try (Stores store = backend.open(clock)) {
      ResumeCode typed = ResumeCode.parse(s.resumeCode().toString().toLowerCase()).orElseThrow();
      ResumeOutcome outcome = store.resumes().resumeWithBirthDate(typed, BORN, "borne-2");
      assertThat(outcome).isInstanceOf(ResumeOutcome.Resumed.class);
      Session resumed = ((ResumeOutcome.Resumed) outcome).session();
      assertThat(resumed.id()).isEqualTo(s.id());
      assertThat(store.sessions().open(resumed.id(), "borne-2")).isInstanceOf(OpenOutcome.Opened.class);
      assertThat(store.sessions().currentAnswers(resumed.id()))
          .containsExactly(java.util.Map.entry("date_naissance", "1958-04-12"));
    }
  }

  @Test
  void resume_whenWrongDateUnknownCodeFinishedOrExpired_givesTheSameRefusal() {
    try (Stores store = backend.open(clock)) {
      Session s = savedSession(store);
      Session finished = savedSession(store);
      store.sessions().setStatus(finished.id(), SessionStatus.TERMINEE, DESK);
      Session noFactor = store.sessions().create("rsa", "1", DESK);

      ResumeOutcome wrongDate = store.resumes().resumeWithBirthDate(s.resumeCode(), BORN.plusDays(1), "t1");
      ResumeOutcome unknown = store.resumes().resumeWithBirthDate(
          ResumeCode.generate(new java.security.SecureRandom()), BORN, "t2");
      ResumeOutcome done = store.resumes().resumeWithBirthDate(finished.resumeCode(), BORN, "t3");
      ResumeOutcome none = store.resumes().resumeWithBirthDate(noFactor.resumeCode(), BORN, "t4");
      clock.advance(StoreSettings.defaults().resumeWindow().plusDays(1));
      ResumeOutcome expired = store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "t5");

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
    try (Stores store = backend.open(clock)) {
      s = savedSession(store);
      for (int i = 0; i < 5; i++) {
        assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN.minusYears(i + 1), "t" + i))
            .isInstanceOf(ResumeOutcome.Refused.class);
      }
    }
    try (Stores store = backend.open(clock)) {
      ResumeOutcome outcome = store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "other-terminal");
      assertThat(outcome).isEqualTo(
          new ResumeOutcome.Throttled(clock.instant().plus(Duration.ofSeconds(30))));
      assertThat(outcome.message()).startsWith("Trop d'essais");

      clock.advance(Duration.ofSeconds(31));
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN.minusDays(1), "t9"))
          .isInstanceOf(ResumeOutcome.Refused.class);
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "t10"))
          .as("the sixth failure doubles the delay")
          .isEqualTo(new ResumeOutcome.Throttled(clock.instant().plus(Duration.ofSeconds(60))));

      clock.advance(Duration.ofSeconds(61));
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "t11"))
          .isInstanceOf(ResumeOutcome.Resumed.class);
    }
  }

  @Test
  void resume_afterFiveWrongCodesFromOneTerminal_throttlesThatTerminalOnly() {
    try (Stores store = backend.open(clock)) {
      Session s = savedSession(store);
      java.security.SecureRandom random = new java.security.SecureRandom();
      for (int i = 0; i < 5; i++) {
        store.resumes().resumeWithBirthDate(ResumeCode.generate(random), BORN, "borne-hall");
      }
    }
    try (Stores store = backend.open(clock)) {
      Session s = store.sessions().list().get(0);
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "borne-hall"))
          .isInstanceOf(ResumeOutcome.Throttled.class);
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), BORN, "borne-etage"))
          .isInstanceOf(ResumeOutcome.Resumed.class);
    }
  }
}
