package fr.guichet.eligibility.interview;

import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One adult's resources month by month over the last twelve months, from the default interview:
 * kinds that vary (wages, apprentice pay, unemployment benefits, other) are asked for each of the
 * last three months and as a twelve-month total, spread evenly over the nine earlier months;
 * steady kinds (pensions, AAH, alimony) are asked once as a monthly amount.
 */
final class MemberResources {

  private record Varying(String prefix, ResourceKind kind) {}

  private record Steady(String question, ResourceKind kind) {}

  private static final List<Varying> VARYING = List.of(
      new Varying("salaire", ResourceKind.WAGES), new Varying("apprentissage", ResourceKind.APPRENTICE_PAY),
      new Varying("chomage", ResourceKind.UNEMPLOYMENT_BENEFITS), new Varying("autre", ResourceKind.OTHER));
  private static final List<Steady> STEADY = List.of(
      new Steady("retraite_mensuel", ResourceKind.PENSIONS), new Steady("aah_mensuel", ResourceKind.AAH),
      new Steady("pension_alimentaire_mensuel", ResourceKind.ALIMONY));
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  private MemberResources() {}

  /** Unknown while the kinds of resources, or any amount of a declared kind, are not known. */
  static Fact<Resources> of(Answers answers, String member, YearMonth current) {
    if (!answers.known(member + ".types_ressources")) return Fact.unknown();
    Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(ResourceKind.class);
    for (Varying varying : VARYING) {
      if (!addVarying(answers, member, varying, current, monthly)) return Fact.unknown();
    }
    for (Steady steady : STEADY) {
      BigDecimal amount = answers.amountOrNull(member + "." + steady.question());
      if (amount == null) return Fact.unknown();
      if (amount.signum() > 0) monthly.put(steady.kind(), everyMonth(amount, current));
    }
    Map<YearMonth, BigDecimal> wages = monthly.get(ResourceKind.WAGES);
    if (wages != null) monthly.put(ResourceKind.TAXABLE_WAGES, wages);
    return Fact.of(new Resources(monthly, Map.of()));
  }

  private static boolean addVarying(Answers answers, String member, Varying varying, YearMonth current,
      Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly) {
    BigDecimal[] lastThree = new BigDecimal[3];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      lastThree[i] = answers.amountOrNull(member + "." + varying.prefix() + "_m" + (i + 1));
      if (lastThree[i] == null) return false;
      sum = sum.add(lastThree[i]);
    }
    BigDecimal year = answers.amountOrNull(member + "." + varying.prefix() + "_12m");
    if (year == null) return false;
    BigDecimal earlier = year.subtract(sum).max(BigDecimal.ZERO).divide(NINE, 2, RoundingMode.HALF_UP);
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 1; i <= 12; i++) months.put(current.minusMonths(i), i <= 3 ? lastThree[i - 1] : earlier);
    // The current month: income that goes on is taken as last month's; wages of someone who no
    // longer works are 0 this month, so the law's neutralisation of stopped income applies.
    boolean stillEarning = !varying.kind().isActivity() || answers.stillWorking(member);
    months.put(current, stillEarning ? lastThree[0] : BigDecimal.ZERO);
    if (months.values().stream().anyMatch(v -> v.signum() > 0)) monthly.put(varying.kind(), months);
    return true;
  }

  static Map<YearMonth, BigDecimal> everyMonth(BigDecimal amount, YearMonth current) {
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 0; i <= 12; i++) months.put(current.minusMonths(i), amount);
    return months;
  }
}
