package fr.guichet.session;

import fr.guichet.access.AccessPolicy;
import fr.guichet.access.Permission;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.engine.Interview;
import fr.guichet.engine.ResumeReport;
import fr.guichet.script.Answer;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Parsed;
import fr.guichet.script.Script;
import fr.guichet.store.Stores;
import fr.guichet.store.session.OpenOutcome;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.Visit;
import fr.guichet.store.throttle.ResumeOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into interview sessions for every front end (desk, kiosk, replay, commands, tests):
 * start one, find and open a saved one at a desk or at a kiosk, and the follow-up around it
 * ({@link #followUp()}). No screen code: it returns views and French messages.
 */
public final class SessionService {
  private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);
  /** The applicant's birth date in the shipped scripts: the kiosk's second factor. */
  public static final String BIRTH_DATE_KEY = "demandeur.date_naissance";
  public static final String BAD_CODE = "Ce code est incomplet ou mal recopié. Il a 10 caractères,"
      + " par exemple K7F-M2Q-9XR4.";
  public static final String NO_SUCH_CODE = "Aucun dossier ne correspond à ce code.";

  private final Stores stores;
  private final Supplier<Script> script;
  private final CommuneResolver communes;
  private final Clock clock;
  private final SituationCheck results;
  private final SummaryPrinter printer;
  private final String site;
  private final AccessPolicy policy;

  public SessionService(Stores stores, Supplier<Script> script, CommuneResolver communes,
      Clock clock, SituationCheck results, SummaryPrinter printer, String site,
      AccessPolicy policy) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.script = Objects.requireNonNull(script, "script");
    this.communes = Objects.requireNonNull(communes, "communes");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.results = Objects.requireNonNull(results, "results");
    this.printer = Objects.requireNonNull(printer, "printer");
    this.site = Objects.requireNonNull(site, "site");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A new interview; {@code choices} are a kiosk person's privacy choices (null at a desk). */
  public InterviewSession start(Who who, PrivacyChoices choices) {
    return start(who, choices, fr.guichet.script.Text.FRENCH);
  }

  /** A new interview shown in {@code language}, the person's language (kept with the session). */
  public InterviewSession start(Who who, PrivacyChoices choices, String language) {
    LOG.info("New interview on terminal {} in {}", who.actor().terminalId(), language);
    Interview interview = Interview.start(script.get(), today(), communes);
    interview.useLanguage(language);
    return new InterviewSession(this, who, interview, choices, null, null, false, language);
  }

  /**
   * Desk: an agent types or scans a code (no second factor). An agent whose role may not run
   * interviews consults it read only; otherwise the session is leased and a new visit begins.
   */
  public Opening openAtDesk(String typedCode, Who who) {
    Optional<ResumeCode> code = ResumeCode.parse(typedCode);
    if (code.isEmpty()) {
      return new Opening.Refused(BAD_CODE);
    }
    return stores.sessions().findByCode(code.get())
        .map(session -> open(session, who, !who.may(Permission.RUN_INTERVIEWS)))
        .orElse(new Opening.Refused(NO_SUCH_CODE));
  }

  /** Kiosk: the code and the birth date, throttled by the store. */
  public Opening openAtKiosk(String typedCode, String typedBirthDate, Who who) {
    Optional<ResumeCode> code = ResumeCode.parse(typedCode);
    if (code.isEmpty()) {
      return new Opening.Refused(BAD_CODE);
    }
    Parsed date = BirthDates.check(typedBirthDate, today());
    if (date instanceof Parsed.Refused refused) {
      return new Opening.Refused(refused.message());
    }
    LocalDate birthDate = ((Answer.Day) ((Parsed.Accepted) date).answer()).date();
    String terminal = who.actor().terminalId();
    ResumeOutcome outcome = stores.resumes().resumeWithBirthDate(code.get(), birthDate, terminal);
    if (outcome instanceof ResumeOutcome.Resumed resumed) {
      return open(resumed.session(), who, false);
    }
    LOG.info("Kiosk resume refused on terminal {}: {}", terminal, outcome.getClass().getSimpleName());
    return new Opening.Refused(outcome.message());
  }

  /** Opens a saved session: read only (no lease, no visit), or leased as a new visit. */
  public Opening open(Session session, Who who, boolean readOnly) {
    Script current = script.get();
    if (!session.scriptId().equals(current.id())) {
      LOG.warn("Session {} uses script {}, not the one loaded", session.id(), session.scriptId());
      return new Opening.Refused("Ce dossier a été commencé avec un autre questionnaire (« "
          + session.scriptId() + " ») : il ne peut pas être repris sur ce poste.");
    }
    if (!readOnly && stores.sessions().open(session.id(), who.actor()) instanceof OpenOutcome.Busy busy) {
      return new Opening.Refused(busy.message());
    }
    Interview.Resumed resumed = Interview.resume(current, today(), communes,
        stores.sessions().currentAnswers(session.id()), session.scriptVersion());
    Visit visit = readOnly ? null : startVisit(session.id(), who);
    LOG.info("Session {} opened {}on terminal {}", session.id(), readOnly ? "read-only " : "",
        who.actor().terminalId());
    // The person's language stays the session's; a kiosk shows it, a desk shows French until the
    // agent switches (the paper is then printed in both).
    String language = stores.sessions().language(session.id());
    if (who.atKiosk()) {
      resumed.interview().useLanguage(language);
    }
    InterviewSession opened = new InterviewSession(this, who, resumed.interview(), null, session,
        visit, readOnly, language);
    if (readOnly) {
      opened.viewed("status");
    }
    return new Opening.Opened(opened, setAsideNotice(resumed.report()));
  }

  private static String setAsideNotice(ResumeReport report) {
    int n = report.setAside().size();
    if (n == 0) {
      return "";
    }
    return n == 1
        ? "Une réponse n'a pas pu être reprise (le questionnaire a changé) : elle sera redemandée."
        : n + " réponses n'ont pas pu être reprises (le questionnaire a changé) :"
            + " elles seront redemandées.";
  }

  /** The follow-up around saved sessions: documents, notes, changes, identity, caseload. */
  public FollowUpService followUp() {
    return new FollowUpService(this);
  }

  Session create(Who who, PrivacyChoices choices, String language) {
    Script current = script.get();
    Session session = stores.sessions().create(current.id(), current.version(), who.actor());
    if (!fr.guichet.script.Text.FRENCH.equals(language)) {
      stores.sessions().setLanguage(session.id(), language, who.actor());
    }
    if (choices != null) {
      stores.personal().setConsents(session.id(), choices.keepForLater(),
          choices.shareWithServices(), who.actor());
    }
    return session;
  }

  /**
   * Starts the next visit; a social worker who works on a session nobody follows yet takes it
   * into their caseload.
   */
  Visit startVisit(java.util.UUID sessionId, Who who) {
    Visit visit = stores.visits().startVisit(sessionId, who.actor(), site, who.roleName(), today());
    if (who.may(Permission.WRITE_NOTES) && who.may(Permission.RUN_INTERVIEWS)
        && stores.visits().followUp(sessionId).worker().isEmpty()) {
      stores.visits().assign(sessionId, null, who.actor().user(), who.actor());
    }
    return visit;
  }

  /** Rebuilds a saved session's interview as of today, for reading (results, documents). */
  Interview rebuild(Session session) {
    return Interview.resume(script.get(), today(), communes,
        stores.sessions().currentAnswers(session.id()), session.scriptVersion()).interview();
  }

  public Stores stores() {
    return stores;
  }

  public Script script() {
    return script.get();
  }

  SituationCheck results() {
    return results;
  }

  SummaryPrinter printer() {
    return printer;
  }

  public AccessPolicy policy() {
    return policy;
  }

  String birthDateKey() {
    return BIRTH_DATE_KEY;
  }

  public String site() {
    return site;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
