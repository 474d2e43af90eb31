package fr.guichet.engine;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.expr.Scope;
import fr.guichet.expr.Truth;
import fr.guichet.expr.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What expressions read during an interview: answers that apply (a question that does not apply
 * reads as its if_skipped value, or unknown), computed values, and the household. Bound to one
 * member inside member blocks.
 */
final class AnswerScope implements Scope {

  private final InterviewState state;
  private final Member member;

  AnswerScope(InterviewState state, Member member) {
    this.state = state;
    this.member = member;
  }

  @Override
  public EvaluationValue lookup(String name) {
    if (member != null) {
      if (name.equals("role")) return Values.of(member.role());
      if (name.equals("rang")) return Values.of(BigDecimal.valueOf(member.rank()));
      if (state.isPerMember(name)) return state.valueFor(member, name);
    }
    if (name.equals(state.householdId())) return EvaluationValue.structureValue(new HouseholdFields());
    Member named = state.memberNamed(name);
    if (named != null) return EvaluationValue.structureValue(new MemberFields(named));
    if (state.isMemberName(name)) return EvaluationValue.structureValue(new MemberFields(null));
    return state.valueFor(null, name);
  }

  @Override
  public Truth known(String name) {
    return state.known(member, name);
  }

  @Override
  public Truth answered(String name) {
    return state.answered(member, name);
  }

  @Override
  public EvaluationValue memberCount(String role) {
    return Values.of(BigDecimal.valueOf(state.members().stream().filter(m -> role == null || m.role().equals(role)).count()));
  }

  @Override
  public LocalDate today() {
    return state.today();
  }

  /** foyer.x: the list of x over the members for whom x applies. */
  private final class HouseholdFields extends AbstractMap<String, EvaluationValue> {
    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public EvaluationValue get(Object key) {
      String field = (String) key;
      // A field this script does not ask (an expression checked against another script): unknown, never an empty list summed to 0.
      if (!field.equals("role") && !state.isPerMember(field)) return Values.UNKNOWN;
      List<EvaluationValue> values = new ArrayList<>();
      for (Member each : state.members()) {
        EvaluationValue value = field.equals("role") ? Values.of(each.role()) : state.valueIfApplies(each, field);
        if (value != null) values.add(value);
      }
      return Values.ofList(values);
    }

    @Override
    public Set<Map.Entry<String, EvaluationValue>> entrySet() {
      return Set.of();
    }
  }

  /** conjoint.x: one member's x; unknown when there is no such member. */
  private final class MemberFields extends AbstractMap<String, EvaluationValue> {
    private final Member owner;

    MemberFields(Member owner) {
      this.owner = owner;
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public EvaluationValue get(Object key) {
      if (owner == null) return Values.ABSENT;
      String field = (String) key;
      if (field.equals("role")) return Values.of(owner.role());
      EvaluationValue value = state.valueFor(owner, field);
      return value == null ? Values.UNKNOWN : value;
    }

    @Override
    public Set<Map.Entry<String, EvaluationValue>> entrySet() {
      return Set.of();
    }
  }
}
