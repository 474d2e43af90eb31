package fr.guichet.engine;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.Truth;
import fr.guichet.expr.Values;
import fr.guichet.script.Answer;
import fr.guichet.script.Computed;
import fr.guichet.script.MemberRole;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Question;
import fr.guichet.script.Script;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one interview and everything derived from them: the household's members, the
 * steps in order, which steps apply, computed values. Derived facts are cached and only the ones
 * that depend on a changed answer are looked at again.
 */
final class InterviewState {

  final Script script;
  final ParseContext parseContext;
  /** The language texts are shown in (answers do not depend on it). */
  String language = fr.guichet.script.Text.FRENCH;
  private final Dependencies dependencies;
  private final Map<String, Question> questions;
  private final Map<String, Computed> computed;
  private final Map<String, Answer> answers = new LinkedHashMap<>();
  /** Computed values by id, then by member key ("" at top level); dropped when what they read changes. */
  private final Map<String, Map<String, EvaluationValue>> computedCache = new HashMap<>();
  private final Map<String, Member> membersByKey = new HashMap<>();
  private final java.util.Set<String> memberNames;
  private List<Member> members = List.of();
  private int[] counts = new int[0];
  private final StepLayout layout;
  private long version;

  InterviewState(Script script, ParseContext parseContext) {
    this.script = script;
    this.parseContext = parseContext;
    this.dependencies = Dependencies.of(script);
    this.questions = dependencies.questions();
    this.computed = dependencies.computed();
    this.memberNames = dependencies.memberNames();
    this.layout = new StepLayout(script);
    // Nothing is answered yet: counting the household needs no steps, and lays them out once.
    if (!refreshMembers()) rebuildSteps();
  }

  LocalDate today() {
    return parseContext.today();
  }

  List<Step> steps() {
    return layout.steps();
  }

  List<Member> members() {
    return members;
  }

  Step step(String key) {
    return layout.byKey(key);
  }

  Map<String, Answer> allAnswers() {
    return answers;
  }

  Answer answer(String key) {
    return answers.get(key);
  }

  String householdId() {
    return script.household() == null ? null : script.household().id();
  }

  boolean isPerMember(String name) {
    Question question = questions.get(name);
    if (question != null) return question.perMember();
    Computed value = computed.get(name);
    return value != null && value.perMember();
  }

  boolean isMemberName(String name) {
    return memberNames.contains(name);
  }

  Member memberNamed(String name) {
    return membersByKey.get(name);
  }

  /** Records an answer and looks again at what depends on it. */
  void put(String key, String questionId, Answer answer) {
    answers.put(key, answer);
    Step step = layout.byKey(key);
    if (step != null) step.answer = answer;
    version++;
    changed(questionId);
  }

  void remove(String key, String questionId) {
    answers.remove(key);
    Step step = layout.byKey(key);
    if (step != null) step.answer = null;
    version++;
    changed(questionId);
  }

  /** Changes with every answer, so that views can be cached between answers. */
  long version() {
    return version;
  }

  /** The index of a step in the current order; the number of steps when there is none. */
  int indexOf(String key) {
    return layout.indexOf(key);
  }

  void restore(String key, Answer answer) {
    answers.put(key, answer);
    Step step = layout.byKey(key);
    if (step != null) step.answer = answer;
    version++;
  }

  /** After answers were restored in bulk: everything is derived again. */
  void recomputeAll() {
    computedCache.clear();
    refreshMembers();
    for (Step step : layout.steps()) step.applies = null;
  }

  private void changed(String questionId) {
    if (dependencies.changesMembers(questionId) && refreshMembers()) {
      computedCache.clear();
    } else {
      for (String id : dependencies.computedReading(questionId)) computedCache.remove(id);
    }
    for (String dependent : dependencies.dependentsOf(questionId)) {
      for (Step step : layout.ofQuestion(dependent)) step.applies = null;
    }
  }

  /** Recounts the household; rebuilds the steps when a count changed. */
  private boolean refreshMembers() {
    int[] now = countByRole();
    if (java.util.Arrays.equals(now, counts)) return false;
    counts = now;
    members = membersFor(now);
    membersByKey.clear();
    for (Member member : members) membersByKey.put(member.key(), member);
    rebuildSteps();
    return true;
  }

  private int[] countByRole() {
    if (script.household() == null) return new int[0];
    List<MemberRole> roles = script.household().roles();
    int[] count = new int[roles.size()];
    AnswerScope top = new AnswerScope(this, null);
    for (int r = 0; r < count.length; r++) {
      MemberRole role = roles.get(r);
      count[r] = 1;
      if (role.count() != null) {
        EvaluationValue value = role.count().evaluate(top);
        count[r] = value.isNumberValue() ? Math.max(0, Math.min(role.max(), value.getNumberValue().intValue())) : 0;
      }
    }
    return count;
  }

  private List<Member> membersFor(int[] count) {
    List<Member> counted = new ArrayList<>();
    List<MemberRole> roles = script.household().roles();
    for (int r = 0; r < count.length; r++) {
      MemberRole role = roles.get(r);
      for (int rank = 1; rank <= count[r]; rank++) {
        counted.add(new Member(role.role(), rank, role.memberKey(rank), Labels.rank(role.label(), rank)));
      }
    }
    return counted;
  }

  private void rebuildSteps() {
    layout.layOut(members, answers);
    version++;
  }

  /** Whether a step is asked: no condition of it is false. Unknown conditions ask. */
  boolean applies(Step step) {
    if (step.applies == null) {
      AnswerScope scope = new AnswerScope(this, step.member);
      boolean applies = true;
      for (CompiledExpression condition : step.question.conditions()) {
        if (condition.truth(scope) == Truth.FALSE) {
          applies = false;
          break;
        }
      }
      step.applies = applies;
    }
    return step.applies;
  }

  /** The value of a name for a member (or at top level): answer, computed value, or unknown. */
  EvaluationValue valueFor(Member member, String name) {
    Question question = questions.get(name);
    if (question != null) {
      EvaluationValue value = valueIfApplies(member, name);
      return value == null ? Values.ABSENT : value;
    }
    Computed value = computed.get(name);
    if (value == null) return null;
    Member owner = value.perMember() ? member : null;
    Map<String, EvaluationValue> byMember = computedCache.computeIfAbsent(name, k -> new HashMap<>(8));
    String key = owner == null ? "" : owner.key();
    EvaluationValue cached = byMember.get(key);
    if (cached == null) {
      cached = value.expression().evaluate(new AnswerScope(this, owner));
      byMember.put(key, cached);
    }
    return cached;
  }

  /** The value of a question for a member if it applies; its skip value, or null, if not. */
  EvaluationValue valueIfApplies(Member member, String name) {
    Question question = questions.get(name);
    if (question == null) return valueFor(member, name);
    Step step = layout.stepFor(question.perMember() ? member : null, name);
    if (step == null) return null;
    if (!applies(step)) return question.ifSkipped() == null ? null : question.ifSkipped().value();
    return step.answer == null ? Values.UNKNOWN : step.answer.value();
  }

  Truth known(Member member, String name) {
    Answer answer = answerIfApplies(member, name);
    return Truth.of(answer != null && !(answer instanceof Answer.DontKnow));
  }

  Truth answered(Member member, String name) {
    return Truth.of(answerIfApplies(member, name) != null);
  }

  private Answer answerIfApplies(Member member, String name) {
    Question question = questions.get(name);
    if (question == null) return null;
    Step step = layout.stepFor(question.perMember() ? member : null, name);
    return step == null || !applies(step) ? null : step.answer;
  }

  static String keyOf(Member member, String questionId) {
    return member == null ? questionId : member.key() + "." + questionId;
  }
}
