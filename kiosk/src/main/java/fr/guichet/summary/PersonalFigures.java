package fr.guichet.summary;

import fr.guichet.engine.Interview;
import fr.guichet.script.Answer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reason lines that quote the person's own figures ("Vos ressources des 3 derniers
 * mois, 633,33 € par mois…"), so that the least-personal printout can leave them out. A line is
 * personal when it holds a euro amount other than the result's own estimate, and it either
 * speaks of the person (vous, vos, ressources, quotient…) or quotes an amount the person typed
 * or one computed from their answers. Public thresholds in such a line go with it: better a
 * shorter reason than a lost sheet that tells a stranger someone's income.
 */
final class PersonalFigures {
  private static final Pattern EUROS =
      Pattern.compile("(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})*|\\d+)(?:,(\\d{1,2}))?[ \u00a0\u202f]?€");
  private static final Pattern ABOUT_THE_PERSON = Pattern.compile(
      "(?iu)\\b(vous|vos|votre|ressources|revenus|quotient|loyer|salaires?|pensions?|retraite)\\b");

  private final List<BigDecimal> personal;

  private PersonalFigures(List<BigDecimal> personal) {
    this.personal = List.copyOf(personal);
  }

  /** The amounts typed in the interview and the numbers computed from them. */
  static PersonalFigures of(Interview interview) {
    List<BigDecimal> figures = new ArrayList<>();
    for (Answer answer : interview.answers().values()) {
      if (answer instanceof Answer.Amount amount) {
        figures.add(amount.number());
      }
    }
    for (Object value : interview.computedValues().values()) {
      if (value instanceof Number number && !(value instanceof Integer) && !(value instanceof Long)) {
        figures.add(new BigDecimal(number.toString()));
      }
    }
    return new PersonalFigures(figures);
  }

  /** True when {@code line} should not be printed on a least-personal summary. */
  boolean quotedIn(String line, Optional<BigDecimal> ownEstimate) {
    List<BigDecimal> amounts = amountsIn(line);
    List<BigDecimal> others = amounts.stream()
        .filter(amount -> ownEstimate.map(own -> !sameCents(own, amount)).orElse(true))
        .toList();
    if (others.isEmpty()) {
      return false;
    }
    return ABOUT_THE_PERSON.matcher(line).find()
        || others.stream().anyMatch(amount -> personal.stream().anyMatch(p -> sameCents(p, amount)));
  }

  static List<BigDecimal> amountsIn(String line) {
    List<BigDecimal> amounts = new ArrayList<>();
    Matcher matcher = EUROS.matcher(line);
    while (matcher.find()) {
      String units = matcher.group(1).replaceAll("[ \u00a0\u202f]", "");
      String cents = matcher.group(2) == null ? "" : "." + matcher.group(2);
      amounts.add(new BigDecimal(units + cents));
    }
    return amounts;
  }

  private static boolean sameCents(BigDecimal a, BigDecimal b) {
    return a.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(b.setScale(2, java.math.RoundingMode.HALF_UP)) == 0;
  }
}
