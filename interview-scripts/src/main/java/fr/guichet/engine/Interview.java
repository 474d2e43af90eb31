package fr.guichet.engine;

import fr.guichet.expr.Truth;
import fr.guichet.script.Answer;
import fr.guichet.script.Check;
import fr.guichet.script.CommuneResolver;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Parsed;
import fr.guichet.script.Script;
import fr.guichet.script.TextInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's interview: the small API every face of Guichet drives (terminal, kiosk, replay,
 * tests). It asks one question at a time, refuses what does not fit with a French message,
 * moves back and forth, lets any earlier answer be changed, and reviews. No screen, no storage,
 * no clock: the date comes in, accepted answers go out to be saved by the caller.
 */
public final class Interview {

  private final InterviewState state;
  private final ViewBuilder views;
  private int position;

  private Interview(Script script, LocalDate today, CommuneResolver communes) {
    this.state = new InterviewState(script, new ParseContext(today, communes));
    this.views = new ViewBuilder(state);
  }

  /** A new interview, at its first question. */
  public static Interview start(Script script, LocalDate today, CommuneResolver communes) {
    Interview interview = new Interview(script, today, communes);
    interview.position = interview.nextApplicable(0);
    return interview;
  }

  /**
   * An interview rebuilt from saved answers (key to stored text), at the first question that
   * applies and has no answer. Answers the current script cannot read are set aside and reported.
   */
  public static Resumed resume(Script script, LocalDate today, CommuneResolver communes,
      Map<String, String> saved, String savedVersion) {
    Interview interview = new Interview(script, today, communes);
    List<ResumeReport.SetAside> setAside = new SavedAnswers(interview.state).restore(saved);
    interview.state.recomputeAll();
    interview.position = interview.firstUnanswered();
    ResumeReport report = new ResumeReport(savedVersion, script.version(), saved.size() - setAside.size(), setAside);
    return new Resumed(interview, report);
  }

  /** A resumed interview and what happened to its saved answers. */
  public record Resumed(Interview interview, ResumeReport report) {}

  public Script script() {
    return state.script;
  }

  /** The language the questions are shown in: French unless another was chosen. */
  public String language() {
    return state.language;
  }

  /**
   * Shows the texts in another language from now on (any answer already given stays as it is:
   * answers do not depend on the language). A text not translated shows in French, marked.
   */
  public void useLanguage(String language) {
    state.language = java.util.Objects.requireNonNull(language, "language");
  }

  /** The question to show, or empty when every question that applies has been gone through. */
  public Optional<QuestionView> current() {
    if (atEnd()) return Optional.empty();
    return Optional.of(views.view(state.steps().get(position), progress()));
  }

  /** The key of the current question, without building its view; empty at the end. */
  public Optional<String> currentKey() {
    return atEnd() ? Optional.empty() : Optional.of(state.steps().get(position).key);
  }

  /** Whether the current step is an information screen (nothing to answer). */
  public boolean currentIsInformation() {
    return !atEnd() && state.steps().get(position).question.isInformation();
  }

  public boolean atEnd() {
    return position >= state.steps().size();
  }

  /** Checks a typed answer to the current question without changing anything. */
  public Outcome check(String raw) {
    if (atEnd()) return rejected(null, "L'entretien est terminé : relisez ou modifiez une réponse.");
    Step step = state.steps().get(position);
    Answer answer;
    if (TextInput.isDontKnow(raw) && !step.question.isInformation()) {
      if (!step.question.allowUnknown()) {
        return rejected(step.key, "Cette question demande une réponse : « je ne sais pas » n'est pas possible ici.");
      }
      answer = new Answer.DontKnow();
    } else {
      Parsed parsed = step.question.type().parse(raw == null ? "" : raw, state.parseContext);
      if (parsed instanceof Parsed.Refused refused) return rejected(step.key, refused.message());
      answer = ((Parsed.Accepted) parsed).answer();
    }
    String refusal = failedCheck(step, answer);
    if (refusal != null) return new Outcome.Rejected(step.key, refusal);
    return new Outcome.Accepted(step.key, answer, answer.stored(), views.display(step, answer));
  }

  /** A refusal worded in French, given in the interview's language. */
  private Outcome.Rejected rejected(String key, String french) {
    return new Outcome.Rejected(key, EngineTexts.refusal(french, state.language));
  }

  /** "Je ne sais pas" for the current question. */
  public Outcome checkDontKnow() {
    return check(Answer.DONT_KNOW_STORED);
  }

  /** Applies an accepted answer (once it is saved) and moves to the next question that applies. */
  public void accept(Outcome.Accepted accepted) {
    Step step = state.step(accepted.key());
    if (step == null) throw new IllegalArgumentException("no such question: " + accepted.key());
    state.put(step.key, step.question.id(), accepted.answer());
    position = nextApplicable(indexOf(step.key) + 1);
  }

  /** Checks and applies in one go, for headless use where nothing needs saving in between. */
  public Outcome submit(String raw) {
    Outcome outcome = check(raw);
    if (outcome instanceof Outcome.Accepted accepted) accept(accepted);
    return outcome;
  }

  /** Goes back to the previous question that applies; stays on the first one. */
  public Optional<QuestionView> back() {
    for (int i = Math.min(position, state.steps().size()) - 1; i >= 0; i--) {
      if (state.applies(state.steps().get(i))) {
        position = i;
        break;
      }
    }
    return current();
  }

  /** Goes to a question that applies (from the review) to see or change its answer. */
  public QuestionView jumpTo(String key) {
    Step step = state.step(key);
    if (step == null || !state.applies(step)) throw new IllegalArgumentException("question not asked here: " + key);
    position = indexOf(key);
    return current().orElseThrow();
  }

  /** Goes past the last question, to the review or the end screen. */
  public void toEnd() {
    position = state.steps().size();
  }

  /** Every answer that applies, and what is still unanswered. */
  public Review review() {
    return views.review();
  }

  public Progress progress() {
    return views.progress(position);
  }

  /**
   * A stored value as the review shows it ("512,34 €", "Oui", a choice's label), for comparing
   * visits; the stored text itself when its question is gone or the value no longer reads.
   */
  public String shown(String key, String stored) {
    Step step = state.step(key);
    if (step == null || stored == null || stored.isEmpty()) return stored;
    if (stored.equals(Answer.DONT_KNOW_STORED)) return views.display(step, new Answer.DontKnow());
    try {
      return views.display(step, step.question.type().restore(stored, state.parseContext));
    } catch (RuntimeException e) {
      return stored;
    }
  }

  /** The answers that apply now, by key, in interview order. */
  public Map<String, Answer> answers() {
    Map<String, Answer> applying = new LinkedHashMap<>();
    for (Step step : state.steps()) {
      Answer answer = state.answer(step.key);
      if (answer != null && !step.question.isInformation() && state.applies(step)) applying.put(step.key, answer);
    }
    return applying;
  }

  /** Every answer given, those that stopped applying included (they come back if they apply again). */
  public Map<String, Answer> allAnswers() {
    return Map.copyOf(state.allAnswers());
  }

  /** Computed values by name (per member as member.name), for replay and the eligibility check. */
  public Map<String, Object> computedValues() {
    return new ComputedValues(state).all();
  }

  /** Keys of the questions that do not apply now (their conditions are false). */
  public List<String> skippedKeys() {
    List<String> skipped = new java.util.ArrayList<>();
    for (Step step : state.steps()) if (!state.applies(step)) skipped.add(step.key);
    return skipped;
  }

  /**
   * Evaluates an expression written over this interview's names (compiled against
   * {@code script().names()}), at top level: the value, and the answers missing to decide it.
   */
  public fr.guichet.expr.CompiledExpression.Outcome evaluate(fr.guichet.expr.CompiledExpression expression) {
    return expression.explain(new AnswerScope(state, null));
  }

  /**
   * Same, with names of another data file (compiled against {@code script().names()} extended
   * with them) read before the interview's: dated parameters, the results routing rules read.
   */
  public fr.guichet.expr.CompiledExpression.Outcome evaluate(fr.guichet.expr.CompiledExpression expression,
      Map<String, com.ezylang.evalex.data.EvaluationValue> names) {
    return expression.explain(new fr.guichet.expr.ScopeWithNames(new AnswerScope(state, null), names));
  }

  /** The household members as counted from the answers so far. */
  public List<Member> members() {
    return state.members();
  }

  /** The interview's date. */
  public LocalDate today() {
    return state.today();
  }

  private String failedCheck(Step step, Answer candidate) {
    if (step.question.checks().isEmpty()) return null;
    Answer previous = state.answer(step.key);
    state.put(step.key, step.question.id(), candidate);
    try {
      AnswerScope scope = new AnswerScope(state, step.member);
      for (Check check : step.question.checks()) {
        if (check.rule().truth(scope) == Truth.FALSE) return check.message().shown(state.language);
      }
      return null;
    } finally {
      if (previous == null) state.remove(step.key, step.question.id());
      else state.put(step.key, step.question.id(), previous);
    }
  }

  private int indexOf(String key) {
    return state.indexOf(key);
  }

  private int nextApplicable(int from) {
    List<Step> steps = state.steps();
    for (int i = from; i < steps.size(); i++) if (state.applies(steps.get(i))) return i;
    return steps.size();
  }

  private int firstUnanswered() {
    List<Step> steps = state.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (state.answer(step.key) == null && state.applies(step)) return i;
    }
    return steps.size();
  }
}
