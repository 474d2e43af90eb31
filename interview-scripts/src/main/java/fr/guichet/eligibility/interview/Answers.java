package fr.guichet.eligibility.interview;

import fr.guichet.eligibility.situation.Fact;
import fr.guichet.script.Answer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an interview's answers as facts: an answer is a known fact, "je ne sais pas" or no answer
 * yet is an unknown fact, and a question that does not apply gives the value the caller says
 * ("not asked" means something known, such as no housing aid when renting nothing).
 */
final class Answers {

  private final Map<String, Answer> applying;
  private final java.util.Set<String> notApplying;

  Answers(Map<String, Answer> applying, List<String> skippedKeys) {
    this.applying = applying;
    this.notApplying = java.util.Set.copyOf(skippedKeys);
  }

  boolean skipped(String key) {
    return notApplying.contains(key);
  }

  Answer raw(String key) {
    return applying.get(key);
  }

  /** Whether the question has a real answer (not missing, not "je ne sais pas"). */
  boolean known(String key) {
    Answer answer = applying.get(key);
    return answer != null && !(answer instanceof Answer.DontKnow);
  }

  <T> Fact<T> fact(String key, Function<Answer, T> read, T whenSkipped) {
    if (skipped(key)) return whenSkipped == null ? Fact.unknown() : Fact.of(whenSkipped);
    return known(key) ? Fact.of(read.apply(applying.get(key))) : Fact.unknown();
  }

  Fact<Boolean> yesNo(String key, Boolean whenSkipped) {
    return fact(key, a -> ((Answer.Flag) a).yes(), whenSkipped);
  }

  Fact<BigDecimal> amount(String key, BigDecimal whenSkipped) {
    return fact(key, a -> ((Answer.Amount) a).number(), whenSkipped);
  }

  Fact<String> choice(String key, String whenSkipped) {
    return fact(key, a -> ((Answer.Pick) a).choice(), whenSkipped);
  }

  Fact<LocalDate> date(String key) {
    return fact(key, a -> ((Answer.Day) a).date(), null);
  }

  List<String> choices(String key) {
    Answer answer = applying.get(key);
    return answer instanceof Answer.Picks picks ? picks.choices() : List.of();
  }

  /** Whether the member says they work today (employee, self-employed, apprentice). */
  boolean stillWorking(String member) {
    Answer activity = applying.get(member + ".activite");
    return activity instanceof Answer.Pick pick
        && (pick.choice().equals("salarie") || pick.choice().equals("independant") || pick.choice().equals("apprenti"));
  }

  /** The amount answered, zero when the question does not apply, null when unknown. */
  BigDecimal amountOrNull(String key) {
    if (skipped(key)) return BigDecimal.ZERO;
    Answer answer = applying.get(key);
    return answer instanceof Answer.Amount amount ? amount.number() : null;
  }
}
