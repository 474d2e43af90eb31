package fr.guichet.tui;

import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.engine.ResumeReport;
import fr.guichet.script.Answer;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.store.Actor;
import fr.guichet.store.ResumeCode;
import fr.guichet.store.Session;
import fr.guichet.store.SessionStatus;
import fr.guichet.store.SessionStore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One interview on screen and its saved session: every confirmed answer goes to the store before
 * the engine moves on. The session is created with the first confirmed answer (or when the person
 * asks for a code), so walking away from an empty screen leaves nothing behind.
 */
public final class OpenInterview {
  /**
   * The question whose answer becomes the kiosk's second factor: the applicant's birth date in the
   * default script.
   */
  public static final String BIRTH_DATE_KEY = "demandeur.date_naissance";

  private static final long HEARTBEAT_EVERY_MILLIS = 60_000;

  private final SessionStore store;
  private final Actor actor;
  private final Script script;
  private final Interview interview;
  private final PrivacyChoices choices;
  private final PrivacyChoices.Recorder recorder;
  private final ResumeReport report;
  private final boolean readOnly;
  private final Set<String> viewed = new HashSet<>();
  private Session session;
  private long lastHeartbeat;

  private OpenInterview(SessionStore store, Actor actor, Script script, Interview interview,
      PrivacyChoices choices, PrivacyChoices.Recorder recorder, Session session,
      ResumeReport report, boolean readOnly) {
    this.readOnly = readOnly;
    this.store = store;
    this.actor = actor;
    this.script = script;
    this.interview = interview;
    this.choices = choices;
    this.recorder = recorder;
    this.session = session;
    this.report = report;
  }

  /**
   * A new interview. {@code choices} are the kiosk person's privacy choices (null at a desk),
   * recorded with the session; not keeping for later closes the session as abandoned when they
   * leave.
   */
  static OpenInterview fresh(SessionStore store, Actor actor, Script script, LocalDate today,
      CommuneResolver communes, PrivacyChoices choices, PrivacyChoices.Recorder recorder) {
    return new OpenInterview(store, actor, script, Interview.start(script, today, communes),
        choices, recorder, null, null, false);
  }

  /** A saved session, already opened (leased) for {@code actor}, rebuilt from its answers. */
  static OpenInterview resumed(SessionStore store, Actor actor, Script script, Session session,
      LocalDate today, CommuneResolver communes) {
    return rebuilt(store, actor, script, session, today, communes, false);
  }

  /** A saved session consulted without a lease: nothing can be answered or changed. */
  static OpenInterview readOnly(SessionStore store, Actor actor, Script script, Session session,
      LocalDate today, CommuneResolver communes) {
    return rebuilt(store, actor, script, session, today, communes, true);
  }

  private static OpenInterview rebuilt(SessionStore store, Actor actor, Script script,
      Session session, LocalDate today, CommuneResolver communes, boolean readOnly) {
    if (!session.scriptId().equals(script.id())) {
      throw new SetupException("Ce dossier a été commencé avec un autre questionnaire (« "
          + session.scriptId() + " ») : il ne peut pas être repris sur ce poste.",
          "Session " + session.id() + " uses script " + session.scriptId(), null);
    }
    Map<String, String> saved = store.currentAnswers(session.id());
    Interview.Resumed resumed =
        Interview.resume(script, today, communes, saved, session.scriptVersion());
    return new OpenInterview(store, actor, script, resumed.interview(), null, null, session,
        resumed.report(), readOnly);
  }

  public Interview interview() {
    return interview;
  }

  /** What happened to the saved answers when resuming; empty for a new interview. */
  Optional<ResumeReport> resumeReport() {
    return Optional.ofNullable(report);
  }

  /** The session's id for log lines, or "new" before anything was saved. */
  String logId() {
    return session == null ? "new" : session.id().toString();
  }

  /** The saved session's id (a read-only or resumed interview always has one). */
  UUID sessionId() {
    return session.id();
  }

  Optional<ResumeCode> code() {
    return Optional.ofNullable(session).map(Session::resumeCode);
  }

  boolean readOnly() {
    return readOnly;
  }

  /** Audits the first showing of {@code what} (review, results, status) of a saved session. */
  void viewed(String what) {
    if (session != null && viewed.add(what)) {
      store.audit(actor, "SESSION_VIEWED", session.id(), what);
    }
  }

  boolean keepsForLater() {
    return choices == null || choices.keepForLater();
  }

  /**
   * Saves an accepted answer durably, records the birth date as second factor when it is the
   * applicant's, then lets the engine move on. If the store throws, the engine is unchanged.
   */
  void confirm(Outcome.Accepted accepted) {
    requireWritable();
    UUID id = ensureSession().id();
    store.appendAnswer(id, accepted.key(), accepted.stored(), actor);
    if (BIRTH_DATE_KEY.equals(accepted.key()) && accepted.answer() instanceof Answer.Day day) {
      store.setSecondFactor(id, day.date());
    }
    interview.accept(accepted);
  }

  /** Makes sure the session exists (it holds every confirmed answer already) and gives its code. */
  ResumeCode saveForLater() {
    requireWritable();
    Session saved = ensureSession();
    store.audit(actor, "SAVED_FOR_LATER", saved.id(), "");
    return saved.resumeCode();
  }

  /** Keeps the lease alive while the person reads or thinks. */
  void heartbeatIfDue(long nowMillis) {
    if (session != null && !readOnly && nowMillis - lastHeartbeat > HEARTBEAT_EVERY_MILLIS) {
      lastHeartbeat = nowMillis;
      store.heartbeat(session.id(), actor.terminalId());
    }
  }

  /** Marks the interview finished. */
  void finish() {
    if (session != null && !readOnly) {
      store.setStatus(session.id(), SessionStatus.TERMINEE, actor);
    }
  }

  /**
   * The person leaves: the lease is given back, and a kiosk session whose owner chose not to keep
   * it is marked abandoned (the retention purge removes it).
   */
  void close() {
    if (session == null || readOnly) {
      return;
    }
    if (!keepsForLater()) {
      store.setStatus(session.id(), SessionStatus.ABANDONNEE, actor);
    }
    store.release(session.id(), actor.terminalId());
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException("session " + logId() + " is open read-only");
    }
  }

  private Session ensureSession() {
    if (session == null) {
      session = store.create(script.id(), script.version(), actor);
      if (choices != null) {
        recorder.record(session.id(), choices, actor);
      }
    }
    return session;
  }
}
