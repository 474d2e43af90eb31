package fr.guichet.tui;

import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.engine.QuestionView;
import fr.guichet.engine.ResumeReport;
import fr.guichet.script.DateType;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Parsed;
import fr.guichet.script.Answer;
import fr.guichet.store.Actor;
import fr.guichet.store.OpenOutcome;
import fr.guichet.store.ResumeCode;
import fr.guichet.store.ResumeOutcome;
import fr.guichet.store.Session;
import fr.guichet.store.SessionStore;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each action leads: new interview, resume, answer, back, review, end, save for later,
 * leave. Every confirmed answer is saved (see {@link OpenInterview#confirm}) before the next
 * screen is drawn.
 */
final class Flow {
  private static final Logger LOG = LoggerFactory.getLogger(Flow.class);
  static final String READ_ONLY = "Votre rôle permet de consulter ce dossier, pas de le modifier.";
  static final String BAD_CODE = "Ce code est incomplet ou mal recopié. Il a 10 caractères,"
      + " par exemple K7F-M2Q-9XR4.";

  private final GuichetUi ui;
  private OpenInterview open;
  private boolean editingFromReview;

  Flow(GuichetUi ui) {
    this.ui = ui;
  }

  Interview interview() {
    return open.interview();
  }

  Optional<OpenInterview> open() {
    return Optional.ofNullable(open);
  }

  String sessionLogId() {
    return open == null ? "none" : open.logId();
  }

  void newInterview() {
    if (!ui.access().mayRunInterviews()) {
      ui.current().showError(READ_ONLY);
    } else if (ui.settings().kiosk()) {
      ui.show(new PrivacyScreen(ui));
    } else {
      begin(null);
    }
  }

  /** Starts a new interview; {@code choices} are the kiosk privacy choices (null at a desk). */
  void begin(PrivacyChoices choices) {
    SessionStore store = store();
    open = OpenInterview.fresh(store, actor(), ui.services().script().get(), today(),
        ui.services().communes(), choices, ui.services().consents());
    LOG.info("New interview on terminal {}", ui.settings().terminalId());
    showCurrent();
  }

  void showResume() {
    ui.show(new ResumeScreen(ui));
  }

  /** Desk: an agent types or scans the code; no second factor. */
  void resumeAtDesk(String typed) {
    ResumeCode code = ResumeCode.parse(typed).orElse(null);
    if (code == null) {
      ui.current().showError(BAD_CODE);
      return;
    }
    Optional<Session> session = store().findByCode(code);
    if (session.isEmpty()) {
      ui.current().showError("Aucun dossier ne correspond à ce code.");
      return;
    }
    openSession(session.get());
  }

  /** Kiosk: the code and the birth date, throttled by the store. */
  void resumeAtKiosk(String typedCode, String typedBirthDate) {
    ResumeCode code = ResumeCode.parse(typedCode).orElse(null);
    if (code == null) {
      ui.current().showError(BAD_CODE);
      return;
    }
    Parsed date = new DateType(true, false).parse(typedBirthDate, new ParseContext(today(), null));
    if (date instanceof Parsed.Refused refused) {
      ui.current().showError(refused.message());
      return;
    }
    LocalDate birthDate = ((Answer.Day) ((Parsed.Accepted) date).answer()).date();
    ResumeOutcome outcome =
        store().resumeWithBirthDate(code, birthDate, ui.settings().terminalId());
    if (outcome instanceof ResumeOutcome.Resumed resumed) {
      openSession(resumed.session());
    } else {
      LOG.info("Kiosk resume refused on terminal {}: {}", ui.settings().terminalId(),
          outcome.getClass().getSimpleName());
      ui.current().showError(outcome.message());
    }
  }

  private void openSession(Session session) {
    SessionStore store = store();
    if (!ui.access().mayRunInterviews()) {
      open = OpenInterview.readOnly(store, actor(), ui.services().script().get(), session,
          today(), ui.services().communes());
      LOG.info("Session {} consulted read-only on terminal {}", session.id(),
          ui.settings().terminalId());
      open.viewed("status");
      ui.show(new StatusScreen(ui, session));
      return;
    }
    OpenOutcome opened = store.open(session.id(), actor());
    if (opened instanceof OpenOutcome.Busy busy) {
      ui.current().showError(busy.message());
      return;
    }
    open = OpenInterview.resumed(store, actor(), ui.services().script().get(), session, today(),
        ui.services().communes());
    LOG.info("Session {} resumed on terminal {}", session.id(), ui.settings().terminalId());
    showCurrent();
    open.resumeReport().filter(r -> !r.setAside().isEmpty())
        .ifPresent(r -> ui.current().showInfo(setAsideNotice(r)));
  }

  private static String setAsideNotice(ResumeReport report) {
    int n = report.setAside().size();
    return n == 1
        ? "Une réponse n'a pas pu être reprise (le questionnaire a changé) : elle sera redemandée."
        : n + " réponses n'ont pas pu être reprises (le questionnaire a changé) :"
            + " elles seront redemandées.";
  }

  /** The current question, or the review when every question that applies has been seen. */
  void showCurrent() {
    editingFromReview = false;
    Optional<QuestionView> view = open.interview().current();
    if (view.isPresent() && !open.readOnly()) {
      ui.show(new QuestionScreen(ui, view.get()));
    } else {
      showReview();
    }
  }

  /** Checks what was typed; if accepted, saves it, then moves on. Refusals stay on screen. */
  void answer(String raw) {
    submit(open.interview().check(raw));
  }

  void dontKnow() {
    submit(open.interview().checkDontKnow());
  }

  private void submit(Outcome outcome) {
    if (outcome instanceof Outcome.Rejected rejected) {
      ui.current().showError(rejected.message());
      return;
    }
    open.confirm((Outcome.Accepted) outcome);
    if (editingFromReview) {
      review();
    } else {
      showCurrent();
    }
  }

  void back() {
    if (open.readOnly()) {
      showStatus();
      return;
    }
    if (editingFromReview) {
      review();
      return;
    }
    open.interview().back();
    showCurrent();
  }

  void review() {
    editingFromReview = false;
    showReview();
  }

  private void showReview() {
    open.viewed("review");
    ui.show(new ReviewScreen(ui));
  }

  /** Read only: the session's status and next step (accueil, responsable). */
  private void showStatus() {
    Session session = store().find(open.sessionId()).orElseThrow();
    ui.show(new StatusScreen(ui, session));
  }

  /** The answer as the agent's role may see it (review screen). */
  String shown(String key, String answer) {
    return ui.access().shown(key, answer);
  }

  /** From the review: show one answer's question to change it, then come back to the review. */
  void edit(String key) {
    if (open.readOnly()) {
      ui.current().showError(READ_ONLY);
      return;
    }
    QuestionView view = open.interview().jumpTo(key);
    ui.show(new QuestionScreen(ui, view));
    editingFromReview = true;
  }

  void end() {
    if (open.readOnly()) {
      showStatus();
      return;
    }
    open.viewed("results");
    open.interview().toEnd();
    ui.show(new EndScreen(ui));
  }

  void finish() {
    open.finish();
    leave();
  }

  void print() {
    String said = ui.services().printing().print(open.interview(), open.code().orElse(null),
        actor());
    ui.current().showInfo(said);
  }

  /** "Enregistrer et reprendre plus tard": shows the resume code. */
  void saveForLater() {
    if (open.readOnly()) {
      ui.current().showError(READ_ONLY);
      return;
    }
    if (!open.keepsForLater()) {
      ui.current().showError("Vous avez choisi de ne pas garder vos réponses après aujourd'hui :"
          + " pas de code de reprise.");
      return;
    }
    ResumeCode code = open.saveForLater();
    LOG.info("Session {} saved for later on terminal {}", open.logId(), ui.settings().terminalId());
    ui.show(new SavedScreen(ui, code));
  }

  /** The person is done for now: the session is closed and the welcome screen shown. */
  void leave() {
    try {
      leaveQuietly();
    } finally {
      home();
    }
  }

  /** The welcome screen, or the login screen at a desk where nobody is logged in. */
  void home() {
    if (!ui.settings().kiosk() && ui.access().agent().isEmpty()) {
      ui.access().showLogin(null);
    } else {
      ui.show(new WelcomeScreen(ui));
    }
  }

  /** Closes the session (lease given back) without changing screen; never throws. */
  void leaveQuietly() {
    OpenInterview closing = open;
    open = null;
    editingFromReview = false;
    if (closing != null) {
      try {
        closing.close();
      } catch (RuntimeException e) {
        LOG.warn("Closing session {} failed: {} at {}", closing.logId(), e.getClass().getName(),
            GuichetUi.where(e));
      }
    }
  }

  void heartbeat(long nowMillis) {
    if (open != null) {
      ui.guarded("heartbeat", () -> open.heartbeatIfDue(nowMillis));
    }
  }

  void exitRequested() {
    if (!ui.settings().kiosk()) {
      ui.quit();
    } else if (ui.settings().operatorPin() == null) {
      ui.current().showError("La sortie de la borne n'est pas configurée sur ce poste.");
    } else if (!(ui.current() instanceof OperatorExitScreen)) {
      ui.show(new OperatorExitScreen(ui, ui.current()));
    }
  }

  private SessionStore store() {
    return ui.services().store().get();
  }

  private Actor actor() {
    return ui.access().actor();
  }

  private LocalDate today() {
    return LocalDate.now(ui.services().clock());
  }
}
