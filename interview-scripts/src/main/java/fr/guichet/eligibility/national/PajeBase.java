package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * PAJE allocation de base, mainland (CSS L531-3, D531-1 to D531-3, R531-1), as OpenFisca-France computes it: a child
 * under 3; full rate up to one year N-2 income ceiling, half rate up to a second one. The rules depend on when the
 * youngest child was born (before April 2014, April 2014 to March 2018, from April 2018; everyone on the 2018 rules
 * from May 2021), and from April 2014 to March 2018 the amount stayed frozen on the BMAF of April 2013.
 */
public final class PajeBase {
  static final LocalDate REFORM_2014 = LocalDate.of(2014, 4, 1);
  static final LocalDate REFORM_2018 = LocalDate.of(2018, 4, 1);
  static final YearMonth ALL_ON_2018_RULES = YearMonth.of(2021, 5);
  static final LocalDate FREEZE_START = LocalDate.of(2013, 4, 1);
  /** OpenFisca's birth date when none is given. */
  static final LocalDate DEFAULT_BIRTH = LocalDate.of(1970, 1, 1);

  private PajeBase() {}

  /** The rules that apply, named by the youngest child's birth period. */
  public enum Rules { BEFORE_2014, FROM_2014_TO_2018, FROM_2018 }

  public record Computation(boolean childUnder3, Rules rules, BigDecimal resources, BigDecimal fullCeiling, BigDecimal partialCeiling,
      BigDecimal fullAmount, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("paje.age_limite", m).intValue();
    boolean under3 = s.children().stream().anyMatch(c -> c.age(m) >= 0 && c.age(m) < limit && !Household.financiallyIndependent(c, m, p));
    List<Person> afChildren = Household.familyBenefitChildren(s, m, p);
    int n = afChildren.size();
    Rules rules = rules(s, m);
    LocalDate start = m.atDay(1);
    BigDecimal bmaf = p.get("af.bmaf", m);
    boolean frozen = start.isAfter(FREEZE_START) && start.isBefore(REFORM_2018);
    BigDecimal index = frozen ? p.get("af.bmaf", FREEZE_START) : bmaf;
    boolean increase = FamilyBenefitBase.alone(s) || FamilyBenefitBase.twoEarners(s, m, p);
    BigDecimal full;
    BigDecimal fullCeiling;
    BigDecimal partialCeiling;
    switch (rules) {
      case FROM_2018 -> {
        full = (m.isBefore(ALL_ON_2018_RULES) ? index : bmaf).multiply(p.get("paje.taux_plein_depuis_2018", m));
        fullCeiling = ceiling2018(p.get("paje.plafond_plein", m), p.get("paje.majoration_plein", m), n, increase, m, p);
        partialCeiling = ceiling2018(p.get("paje.plafond_partiel", m), p.get("paje.majoration_partiel", m), n, increase, m, p);
      }
      case FROM_2014_TO_2018 -> {
        full = index.multiply(p.get("paje.taux_plein_2014_2018", m));
        boolean inForce = !start.isBefore(REFORM_2014) && m.isBefore(YearMonth.of(2021, 4));
        fullCeiling = inForce ? ceiling2014(p.get("paje.plafond_plein_2014_2018", m), p.get("paje.majoration_plein_2014_2018", m), n, increase, m, p)
            : BigDecimal.ZERO;
        partialCeiling = inForce
            ? ceiling2014(p.get("paje.plafond_partiel_2014_2018", m), p.get("paje.majoration_partiel_2014_2018", m), n, increase, m, p)
            : BigDecimal.ZERO;
      }
      default -> {
        full = index.multiply(p.get("paje.taux_plein_avant_2014", m));
        boolean inForce = m.isBefore(YearMonth.of(2018, 1));
        fullCeiling = inForce ? ceiling2018(p.get("paje.plafond_avant_2014", m), p.get("paje.majoration_biactifs_isoles_avant_2014", m), n,
            increase, m, p) : BigDecimal.ZERO;
        partialCeiling = fullCeiling;
      }
    }
    BigDecimal resources = FamilyBenefitBase.resourcesN2(s, m, p, afChildren);
    BigDecimal amount = BigDecimal.ZERO;
    if (under3 && resources.compareTo(fullCeiling) <= 0) {
      amount = full;
    } else if (under3 && resources.compareTo(partialCeiling) <= 0) {
      amount = Money.divide(full, 2);
    }
    return new Computation(under3, rules, resources, fullCeiling, partialCeiling, full, amount);
  }

  /** The rules of the youngest member's birth date (OpenFisca reads every member, with 1970-01-01 when none is given). */
  static Rules rules(Situation s, YearMonth m) {
    if (!m.isBefore(ALL_ON_2018_RULES)) {
      return Rules.FROM_2018;
    }
    LocalDate youngest = s.persons().stream().map(x -> x.birthDate().isKnown() ? x.birthDate().value() : DEFAULT_BIRTH)
        .max(LocalDate::compareTo).orElse(DEFAULT_BIRTH);
    if (!youngest.isBefore(REFORM_2018)) {
      return Rules.FROM_2018;
    }
    return youngest.isBefore(REFORM_2014) ? Rules.BEFORE_2014 : Rules.FROM_2014_TO_2018;
  }

  /** Ceiling + 2 first children × share + further children × share + the increase (also the pre-2014 shape). */
  private static BigDecimal ceiling2018(BigDecimal base, BigDecimal increaseAmount, int n, boolean increase, YearMonth m, LegalParameters p) {
    return base.add(base.multiply(p.get("paje.majoration_deux_premiers_enfants", m)).multiply(BigDecimal.valueOf(Math.min(n, 2))))
        .add(base.multiply(p.get("paje.majoration_enfant_supplementaire", m)).multiply(BigDecimal.valueOf(Math.max(n - 2, 0))))
        .add(increase ? increaseAmount : BigDecimal.ZERO);
  }

  private static BigDecimal ceiling2014(BigDecimal base, BigDecimal increaseAmount, int n, boolean increase, YearMonth m, LegalParameters p) {
    return base.add(base.multiply(p.get("paje.majoration_enfant_2014_2018", m)).multiply(BigDecimal.valueOf(n)))
        .add(increase ? increaseAmount : BigDecimal.ZERO);
  }

  /** PAJE base received in that month when stated, otherwise the amount the family is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.PAJE_BASE, m)) {
      return s.householdBenefits().month(ResourceKind.PAJE_BASE, m);
    }
    return compute(s, m, p).amount();
  }
}
