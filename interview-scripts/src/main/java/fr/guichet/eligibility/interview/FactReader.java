package fr.guichet.eligibility.interview;

import fr.guichet.eligibility.situation.Fact;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Member;
import fr.guichet.script.Answer;
import fr.guichet.script.facts.FactMapping;
import fr.guichet.script.facts.ScriptFacts;
import fr.guichet.script.facts.SituationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an interview's situation facts through the mapping its script declares: an answer is a known fact, "je ne sais
 * pas" or no answer yet an unknown one, a question not asked (its condition is false) the fact's value when not asked,
 * and a fact the script does not fill is unknown unless the vocabulary assumes the common case for it.
 */
final class FactReader {

  private final ScriptFacts facts;
  private final Map<String, Answer> answers;
  private final Set<String> skipped;
  private final Interview interview;
  private Map<String, Object> computed;

  FactReader(Interview interview) {
    this.facts = interview.script().facts();
    this.answers = interview.answers();
    this.skipped = Set.copyOf(interview.skippedKeys());
    this.interview = interview;
  }

  boolean provides(SituationFact fact) {
    return facts.provides(fact);
  }

  /** A household fact. */
  <T> Fact<T> household(SituationFact fact, Class<T> type) {
    return read(fact, null, type);
  }

  /** A fact about one member. */
  <T> Fact<T> member(SituationFact fact, Member member, Class<T> type) {
    return read(fact, member, type);
  }

  /** The value, or null when unknown. */
  <T> T valueOrNull(SituationFact fact, Member member, Class<T> type) {
    Fact<T> read = read(fact, member, type);
    return read.isKnown() ? read.value() : null;
  }

  private <T> Fact<T> read(SituationFact fact, Member member, Class<T> type) {
    Optional<FactMapping> mapping = facts.mapping(fact);
    if (mapping.isEmpty()) return fact.assumedIfAbsent() ? Fact.of(type.cast(fact.whenNotAsked())) : Fact.unknown();
    String key = member == null ? mapping.get().source() : member.key() + "." + mapping.get().source();
    if (mapping.get().computed()) {
      if (computed == null) computed = interview.computedValues();
      Object value = computed.get(key);
      return value == null ? Fact.unknown() : Fact.of(type.cast(plain(value)));
    }
    if (skipped.contains(key)) return fact.whenNotAsked() == null ? Fact.unknown() : Fact.of(type.cast(fact.whenNotAsked()));
    Answer answer = answers.get(key);
    if (answer == null || answer instanceof Answer.DontKnow) return Fact.unknown();
    return Fact.of(type.cast(value(answer, mapping.get())));
  }

  private static Object plain(Object value) {
    return value instanceof BigDecimal || value instanceof Boolean || value instanceof LocalDate ? value : value.toString();
  }

  private static Object value(Answer answer, FactMapping mapping) {
    if (answer instanceof Answer.Flag flag) return flag.yes();
    if (answer instanceof Answer.Amount amount) return amount.number();
    if (answer instanceof Answer.Pick pick) return mapping.valueOf(pick.choice());
    if (answer instanceof Answer.Day day) return day.date();
    if (answer instanceof Answer.Place place) return place.inseeCode();
    throw new IllegalStateException("fact " + mapping.fact().id() + " filled by an answer of another kind");
  }
}
