package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.access.AccessPolicy;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.PrivacyChoices;
import fr.guichet.session.SessionService;
import fr.guichet.session.SessionView;
import fr.guichet.session.SummaryPrinter;
import fr.guichet.session.Who;
import fr.guichet.store.Actor;
import fr.guichet.store.Stores;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.Visit;
import fr.guichet.testing.StoreBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A network of sites on one store: a person starts at the PIMMS kiosk, resumes at the CCAS with
 * the code and the birth date, both through the session service, each site with its own store
 * object (as two terminals would have). Run on both stores; the PostgreSQL case is the network.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class TwoSitesTest {
  private static final LocalDate BORN = LocalDate.of(1958, 4, 12);
  /** A three-question script, shared with {@link TwoSiteProcessesIT}. */
  static final String SCRIPT_TEXT = resource("/app/logement.yaml");
  private static final Script SCRIPT = new ScriptLoader().parse("logement.yaml", SCRIPT_TEXT);

  static String resource(String name) {
    try (java.io.InputStream in = TwoSitesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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

  private static SessionService at(Stores stores, String site) {
    return new SessionService(stores, () -> SCRIPT, DirectoryCommuneResolver.bundled(),
        Clock.systemDefaultZone(), Eligibility.check(), SummaryPrinter.NOT_AVAILABLE, site,
        AccessPolicy.defaults());
  }

  private static String asked(SessionView view) {
    return ((SessionView.Asking) view).question().label();
  }

  private ResumeCode startAtThePimms(Stores pimms) {
    InterviewSession kiosk = at(pimms, "pimms-centre")
        .start(Who.kiosk("borne-pimms"), new PrivacyChoices(true, true));
    assertThat(asked(kiosk.submit("1"))).isEqualTo("Quel est votre loyer ?");
    ResumeCode code = kiosk.saveForLater();
    pimms.resumes().setSecondFactor(kiosk.id().orElseThrow(), BORN);
    kiosk.close();
    return code;
  }

  @Test
  void session_startedAtSiteA_isResumedAtSiteBWithCodeAndBirthDate_andASeesBsAnswers() {
    try (Stores pimms = backend.open(Clock.systemUTC());
        Stores ccas = backend.open(Clock.systemUTC())) {
      ResumeCode code = startAtThePimms(pimms);

      Opening opening = at(ccas, "ccas-nord").openAtKiosk(code.toString(), "12/04/1958",
          Who.kiosk("borne-ccas"));
      assertThat(opening).isInstanceOf(Opening.Opened.class);
      InterviewSession resumed = ((Opening.Opened) opening).session();
      assertThat(asked(resumed.current())).isEqualTo("Quel est votre loyer ?");
      resumed.submit("650");
      resumed.close();

      Session s = pimms.sessions().findByCode(code).orElseThrow();
      assertThat(pimms.sessions().currentAnswers(s.id()))
          .containsEntry("locataire", "oui").containsEntry("loyer", "650.00");
      assertThat(pimms.visits().visits(s.id())).extracting(Visit::site)
          .containsExactly("pimms-centre", "ccas-nord");
      assertThat(pimms.audit().firstBroken()).isEmpty();
    }
  }

  @Test
  void sameSession_openAtTwoSites_secondIsRefusedInFrench_andNoAnswerIsLost() {
    try (Stores pimms = backend.open(Clock.systemUTC());
        Stores ccas = backend.open(Clock.systemUTC())) {
      ResumeCode code = startAtThePimms(pimms);
      Who mediator = Who.command(new Actor("m.durand", "pimms-2"));
      Who worker = Who.command(new Actor("s.leroy", "ccas-1"));
      InterviewSession atPimms = ((Opening.Opened) at(pimms, "pimms-centre")
          .openAtDesk(code.toString(), mediator)).session();

      Opening second = at(ccas, "ccas-nord").openAtDesk(code.toString(), worker);
      assertThat(second).isInstanceOf(Opening.Refused.class);
      assertThat(((Opening.Refused) second).message()).contains(
          "déjà ouvert sur un autre poste (poste « pimms-2 », site pimms-centre, m.durand)");

      atPimms.submit("700");
      atPimms.close();
      InterviewSession atCcas = ((Opening.Opened) at(ccas, "ccas-nord")
          .openAtDesk(code.toString(), worker)).session();
      atCcas.submit("40");
      atCcas.close();
      Session s = ccas.sessions().findByCode(code).orElseThrow();
      assertThat(pimms.sessions().currentAnswers(s.id())).containsExactly(
          Map.entry("locataire", "oui"), Map.entry("loyer", "700.00"), Map.entry("charges", "40.00"));
    }
  }

  @Test
  void wrongBirthDates_atOneSite_throttleTheCodeAtTheOther() {
    try (Stores pimms = backend.open(Clock.systemUTC());
        Stores ccas = backend.open(Clock.systemUTC())) {
      ResumeCode code = startAtThePimms(pimms);
      SessionService atPimms = at(pimms, "pimms-centre");
      for (int i = 0; i < 5; i++) {
        assertThat(atPimms.openAtKiosk(code.toString(), "0" + (i + 1) + "/01/1970",
            Who.kiosk("borne-pimms-" + i))).isInstanceOf(Opening.Refused.class);
      }
      Opening right = at(ccas, "ccas-nord").openAtKiosk(code.toString(), "12/04/1958",
          Who.kiosk("borne-ccas"));
      assertThat(right).isInstanceOf(Opening.Refused.class);
      assertThat(((Opening.Refused) right).message()).startsWith("Trop d'essais");
    }
  }
}
