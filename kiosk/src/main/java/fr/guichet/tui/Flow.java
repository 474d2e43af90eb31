package fr.guichet.tui;

import fr.guichet.engine.Interview;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.PrivacyChoices;
import fr.guichet.session.SessionService;
import fr.guichet.session.SessionView;
import fr.guichet.session.Who;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each action leads on screen. Every action goes to the {@link InterviewSession}, which
 * saves and decides; the flow only turns the {@link SessionView} it returns into a screen.
 */
final class Flow {
  private static final Logger LOG = LoggerFactory.getLogger(Flow.class);
  static final String READ_ONLY = "Votre rôle permet de consulter ce dossier, pas de le modifier.";

  private final GuichetUi ui;
  private InterviewSession open;

  Flow(GuichetUi ui) {
    this.ui = ui;
  }

  Interview interview() {
    return open.interview();
  }

  Optional<InterviewSession> open() {
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
    open = service().start(who(), choices, ui.language());
    showCurrent();
  }

  void showResume() {
    ui.show(new ResumeScreen(ui));
  }

  /** Desk: an agent types or scans the code; no second factor. */
  void resumeAtDesk(String typed) {
    opened(service().openAtDesk(typed, who()));
  }

  /** Kiosk: the code and the birth date, throttled by the store. */
  void resumeAtKiosk(String typedCode, String typedBirthDate) {
    opened(service().openAtKiosk(typedCode, typedBirthDate, who()));
  }

  private void opened(Opening opening) {
    if (opening instanceof Opening.Refused refused) {
      ui.current().showError(refused.message());
      return;
    }
    Opening.Opened done = (Opening.Opened) opening;
    open = done.session();
    ui.useLanguage(open.shownLanguage());
    if (!open.readOnly() && !ui.settings().kiosk()) {
      ui.show(new VisitScreen(ui, open));
    } else {
      showCurrent();
    }
    if (!done.notice().isEmpty()) {
      ui.current().showInfo(done.notice());
    }
  }

  /** The current question, or the review when every question that applies has been seen. */
  void showCurrent() {
    show(open.current());
  }

  private void show(SessionView view) {
    if (view instanceof SessionView.Asking asking) {
      if (asking.refused() && ui.current() instanceof QuestionScreen) {
        ui.current().showError(asking.refusal());
      } else {
        ui.show(new QuestionScreen(ui, asking.question()));
      }
    } else if (view instanceof SessionView.Reviewing) {
      ui.show(new ReviewScreen(ui));
    } else if (view instanceof SessionView.Results) {
      ui.show(new EndScreen(ui));
    } else {
      ui.show(new StatusScreen(ui, session()));
    }
  }

  /** Checks what was typed; if accepted, it is saved, then the next screen is shown. */
  void answer(String raw) {
    show(open.submit(raw));
  }

  void dontKnow() {
    show(open.dontKnow());
  }

  void back() {
    show(open.back());
  }

  void review() {
    show(open.review());
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
    show(open.edit(key));
  }

  void end() {
    show(open.end());
  }

  void finish() {
    open.finish();
    leave();
  }

  void print() {
    ui.current().showInfo(open.print());
  }

  /** The documents the results ask for, to tick those brought (desk). */
  void documents() {
    ui.show(new DocumentsScreen(ui, open, ui.current()));
  }

  /** What changed since the previous visit (desk). */
  void changes() {
    ui.show(new ChangesScreen(ui, open, ui.current()));
  }

  /** The notes of the file (desk). */
  void notes() {
    ui.show(new NotesScreen(ui, open, ui.current()));
  }

  /** "Enregistrer et reprendre plus tard": shows the resume code. */
  void saveForLater() {
    if (open.readOnly()) {
      ui.current().showError(READ_ONLY);
      return;
    }
    if (!open.keepsForLater()) {
      ui.current().showError(ui.texts().get("flow.not_kept"));
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

  /**
   * Desk: shows the interview in the script's next language (French, English, Ukrainian…) and
   * keeps it as the person's language; the answers stay as they are.
   */
  void switchLanguage() {
    if (open == null || open.readOnly()) {
      return;
    }
    java.util.List<String> offered = open.interview().script().languages();
    String next = offered.get((offered.indexOf(open.shownLanguage()) + 1) % offered.size());
    ui.useLanguage(next);
    SessionView view = open.switchLanguage(next);
    if (ui.current() instanceof EndScreen) {
      ui.show(new EndScreen(ui));
    } else {
      show(view);
    }
    ui.current().showInfo(fr.guichet.i18n.AppTexts.LANGUAGES.getOrDefault(next, next));
  }

  /** The welcome screen, or the login screen at a desk where nobody is logged in. */
  void home() {
    if (ui.settings().kiosk()) {
      ui.useLanguage(fr.guichet.i18n.AppTexts.FRENCH);
    }
    if (!ui.settings().kiosk() && ui.access().agent().isEmpty()) {
      ui.access().showLogin(null);
    } else {
      ui.show(new WelcomeScreen(ui));
    }
  }

  /** Closes the session (lease given back) without changing screen; never throws. */
  void leaveQuietly() {
    InterviewSession closing = open;
    open = null;
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

  Session session() {
    return service().stores().sessions().find(open.id().orElseThrow()).orElseThrow();
  }

  SessionService service() {
    return ui.services().sessions().get();
  }

  Who who() {
    return ui.access().who();
  }
}
