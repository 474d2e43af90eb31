package fr.guichet.session;

import fr.guichet.eligibility.Conclusion;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.engine.QuestionView;
import fr.guichet.engine.Review;
import fr.guichet.script.Answer;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.session.Visit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One interview being worked on, and its saved session: every accepted answer is committed to
 * the store before the engine moves on, so a view never shows an answer as given that is not on
 * disk. A new interview's session is created with the first accepted answer (or when a code is
 * asked for), so walking away from an empty screen leaves nothing behind.
 *
 * <p>Front ends call {@link #submit}, {@link #back}, {@link #review}… and draw the
 * {@link SessionView} they return; they never touch the engine or the store.
 */
public final class InterviewSession {
  private static final long HEARTBEAT_EVERY_MILLIS = 60_000;

  private final SessionService service;
  private final Who who;
  private final Interview interview;
  private final PrivacyChoices choices;
  private final boolean readOnly;
  private final Set<String> viewed = new HashSet<>();
  private Session session;
  private Visit visit;
  private boolean editingFromReview;
  private long lastHeartbeat;
  private String language;

  InterviewSession(SessionService service, Who who, Interview interview, PrivacyChoices choices,
      Session session, Visit visit, boolean readOnly, String language) {
    this.language = java.util.Objects.requireNonNull(language, "language");
    this.service = service;
    this.who = who;
    this.interview = interview;
    this.choices = choices;
    this.session = session;
    this.visit = visit;
    this.readOnly = readOnly;
  }

  /** The engine, for views that draw from it (review lines, results); never to answer through. */
  public Interview interview() {
    return interview;
  }

  public Who who() {
    return who;
  }

  /** The person's language, kept with the session: the paper is printed in it (and in French). */
  public String language() {
    return language;
  }

  /** The language the questions are shown in now (at a desk, French until the agent switches). */
  public String shownLanguage() {
    return interview.language();
  }

  /**
   * Shows the interview in another language from now on and keeps it as the person's language;
   * the answers stay as they are. Returns the view to draw (the same step, in that language).
   */
  public SessionView switchLanguage(String newLanguage) {
    if (!interview.script().languages().contains(newLanguage)) {
      throw new IllegalArgumentException("language not offered by the script: " + newLanguage);
    }
    interview.useLanguage(newLanguage);
    if (!newLanguage.equals(language)) {
      language = newLanguage;
      if (session != null && !readOnly) {
        service.stores().sessions().setLanguage(session.id(), newLanguage, who.actor());
      }
    }
    return interview.current().<SessionView>map(q -> new SessionView.Asking(q, ""))
        .orElseGet(SessionView.Reviewing::new);
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** The saved session's code; empty before anything was saved. */
  public Optional<ResumeCode> code() {
    return Optional.ofNullable(session).map(Session::resumeCode);
  }

  /** The saved session's id; empty before anything was saved. */
  public Optional<UUID> id() {
    return Optional.ofNullable(session).map(Session::id);
  }

  /** The session's id for log lines, or "new" before anything was saved. */
  public String logId() {
    return session == null ? "new" : session.id().toString();
  }

  /** This visit (number, rules date); empty before anything was saved or when read only. */
  public Optional<Visit> visit() {
    return Optional.ofNullable(visit);
  }

  public boolean keepsForLater() {
    return choices == null || choices.keepForLater();
  }

  /** Where to start: the current question, or the review once every question was seen. */
  public SessionView current() {
    editingFromReview = false;
    if (readOnly) {
      return new SessionView.Status();
    }
    return interview.current().<SessionView>map(q -> new SessionView.Asking(q, ""))
        .orElseGet(this::review);
  }

  /** Checks what was typed; an accepted answer is saved, then the next view is given. */
  public SessionView submit(String raw) {
    return settle(interview.check(raw));
  }

  /** "Je ne sais pas" for the current question. */
  public SessionView dontKnow() {
    return settle(interview.checkDontKnow());
  }

  private SessionView settle(Outcome outcome) {
    requireWritable();
    if (outcome instanceof Outcome.Rejected rejected) {
      return new SessionView.Asking(interview.current().orElseThrow(), rejected.message());
    }
    Outcome.Accepted accepted = (Outcome.Accepted) outcome;
    UUID id = ensureSession().id();
    service.stores().sessions().appendAnswer(id, accepted.key(), accepted.stored(), who.actor());
    if (service.birthDateKey().equals(accepted.key()) && accepted.answer() instanceof Answer.Day day) {
      service.stores().resumes().setSecondFactor(id, day.date());
    }
    interview.accept(accepted);
    return editingFromReview ? review() : current();
  }

  /** One step back (from an answer changed from the review: back to the review). */
  public SessionView back() {
    if (readOnly) {
      return new SessionView.Status();
    }
    if (editingFromReview) {
      return review();
    }
    interview.back();
    return current();
  }

  public SessionView review() {
    editingFromReview = false;
    viewed("review");
    return new SessionView.Reviewing();
  }

  public Review reviewLines() {
    return interview.review();
  }

  /** Shows one answer's question to change it; the next accepted answer returns to the review. */
  public SessionView edit(String key) {
    requireWritable();
    QuestionView view = interview.jumpTo(key);
    editingFromReview = true;
    return new SessionView.Asking(view, "");
  }

  /** The results, recomputed now with the rules in force today, and kept with the visit. */
  public SessionView end() {
    if (readOnly) {
      return new SessionView.Status();
    }
    viewed("results");
    interview.toEnd();
    keepResults();
    return new SessionView.Results();
  }

  public List<Conclusion> results() {
    return service.results().check(interview);
  }

  /** Makes sure the session exists (it holds every accepted answer already) and gives its code. */
  public ResumeCode saveForLater() {
    requireWritable();
    Session saved = ensureSession();
    service.stores().audit().record(who.actor(), "SAVED_FOR_LATER", saved.id(), "");
    return saved.resumeCode();
  }

  /** Prints the summary; returns the French sentence to show (printed, or why not). */
  public String print() {
    return service.printer().print(interview, code().orElse(null), who.actor(), language);
  }

  /** Audits the first showing of {@code what} (review, results, status) of a saved session. */
  public void viewed(String what) {
    if (session != null && viewed.add(what)) {
      service.stores().audit().record(who.actor(), "SESSION_VIEWED", session.id(), what);
    }
  }

  /** Keeps the lease alive while the person reads or thinks. */
  public void heartbeatIfDue(long nowMillis) {
    if (session != null && !readOnly && nowMillis - lastHeartbeat > HEARTBEAT_EVERY_MILLIS) {
      lastHeartbeat = nowMillis;
      service.stores().sessions().heartbeat(session.id(), who.actor().terminalId());
    }
  }

  /** Marks the interview finished. */
  public void finish() {
    if (session != null && !readOnly) {
      keepResults();
      service.stores().sessions().setStatus(session.id(), SessionStatus.TERMINEE, who.actor());
    }
  }

  /**
   * The person leaves: the results are kept with the visit, the lease is given back, and a kiosk
   * session whose owner chose not to keep it is marked abandoned (the retention purge removes it).
   */
  public void close() {
    if (session == null || readOnly) {
      return;
    }
    keepResults();
    if (!keepsForLater()) {
      service.stores().sessions().setStatus(session.id(), SessionStatus.ABANDONNEE, who.actor());
    }
    service.stores().sessions().release(session.id(), who.actor().terminalId());
  }

  /**
   * Keeps the results with the visit, and the visit's anonymous statistics fact (rewritten each
   * time the same visit ends again).
   */
  private void keepResults() {
    if (visit != null) {
      List<Conclusion> conclusions = results();
      service.stores().visits().recordResults(session.id(), visit.number(),
          ResultsSnapshot.of(conclusions).toJson());
      String outcome = service.stores().visits().followUp(session.id()).outcome().orElse(null);
      service.stores().stats().recordVisit(session.id(), visit.number(),
          VisitFacts.of(interview, conclusions, service.results().firstService(interview), who,
              visit.number(), service.site(), outcome));
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException("session " + logId() + " is open read-only");
    }
  }

  private Session ensureSession() {
    if (session == null) {
      session = service.create(who, choices, language);
      visit = service.startVisit(session.id(), who);
    }
    return session;
  }
}
