package fr.guichet.eligibility.interview;

import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.engine.Member;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.FactVocabulary.ResourceKindFact;
import fr.guichet.script.facts.FactVocabulary.ResourcePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One adult's resources month by month over the last twelve months, from the resource facts the script fills: a kind
 * given month by month (m1, m2, m3, and the 12-month total spread evenly over the nine earlier months, or the average
 * of the three when the total is not asked), or as one steady monthly amount; a kind the script does not ask is none.
 */
final class MemberResources {

  private static final BigDecimal NINE = BigDecimal.valueOf(9);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final ResourcePeriod[] LAST_THREE = {ResourcePeriod.M1, ResourcePeriod.M2, ResourcePeriod.M3};

  private MemberResources() {}

  /** Unknown when the script asks no resource at all, or while any amount asked is not known. */
  static Fact<Resources> of(FactReader facts, Member member, YearMonth current, boolean stillWorking) {
    boolean asked = false;
    Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(ResourceKind.class);
    for (ResourceKindFact kind : ResourceKindFact.values()) {
      ResourceKind target = kindOf(kind);
      if (facts.provides(FactVocabulary.resource(kind, ResourcePeriod.M1))) {
        asked = true;
        Map<YearMonth, BigDecimal> months = varying(facts, member, kind, current, !target.isActivity() || stillWorking);
        if (months == null) return Fact.unknown();
        if (months.values().stream().anyMatch(v -> v.signum() > 0)) monthly.put(target, months);
      } else if (facts.provides(FactVocabulary.resource(kind, ResourcePeriod.MENSUEL))) {
        asked = true;
        BigDecimal amount = facts.valueOrNull(FactVocabulary.resource(kind, ResourcePeriod.MENSUEL), member, BigDecimal.class);
        if (amount == null) return Fact.unknown();
        if (amount.signum() > 0) monthly.put(target, everyMonth(amount, current));
      }
    }
    if (!asked) return Fact.unknown();
    Map<YearMonth, BigDecimal> wages = monthly.get(ResourceKind.WAGES);
    if (wages != null) monthly.put(ResourceKind.TAXABLE_WAGES, wages);
    return Fact.of(new Resources(monthly, Map.of()));
  }

  private static Map<YearMonth, BigDecimal> varying(FactReader facts, Member member, ResourceKindFact kind, YearMonth current,
      boolean goesOn) {
    BigDecimal[] lastThree = new BigDecimal[3];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      lastThree[i] = facts.valueOrNull(FactVocabulary.resource(kind, LAST_THREE[i]), member, BigDecimal.class);
      if (lastThree[i] == null) return null;
      sum = sum.add(lastThree[i]);
    }
    BigDecimal earlier;
    if (facts.provides(FactVocabulary.resource(kind, ResourcePeriod.TOTAL_12M))) {
      BigDecimal year = facts.valueOrNull(FactVocabulary.resource(kind, ResourcePeriod.TOTAL_12M), member, BigDecimal.class);
      if (year == null) return null;
      earlier = year.subtract(sum).max(BigDecimal.ZERO).divide(NINE, 2, RoundingMode.HALF_UP);
    } else {
      earlier = sum.divide(THREE, 2, RoundingMode.HALF_UP);
    }
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 1; i <= 12; i++) months.put(current.minusMonths(i), i <= 3 ? lastThree[i - 1] : earlier);
    // The current month: income that goes on is taken as last month's; wages of someone who no
    // longer works are 0 this month, so the law's neutralisation of stopped income applies.
    months.put(current, goesOn ? lastThree[0] : BigDecimal.ZERO);
    return months;
  }

  private static ResourceKind kindOf(ResourceKindFact kind) {
    return switch (kind) {
      case SALAIRE -> ResourceKind.WAGES;
      case APPRENTISSAGE -> ResourceKind.APPRENTICE_PAY;
      case CHOMAGE -> ResourceKind.UNEMPLOYMENT_BENEFITS;
      case RETRAITE -> ResourceKind.PENSIONS;
      case AAH -> ResourceKind.AAH;
      case PENSION_ALIMENTAIRE -> ResourceKind.ALIMONY;
      case AUTRE -> ResourceKind.OTHER;
    };
  }

  static Map<YearMonth, BigDecimal> everyMonth(BigDecimal amount, YearMonth current) {
    Map<YearMonth, BigDecimal> months = new HashMap<>();
    for (int i = 0; i <= 12; i++) months.put(current.minusMonths(i), amount);
    return months;
  }
}
