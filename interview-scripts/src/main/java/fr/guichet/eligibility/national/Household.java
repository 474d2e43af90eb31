package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Household rules shared by several benefits: children at charge, reference months, forfait logement. */
public final class Household {
  private Household() {}

  /** Average net wage of the 6 previous months at least 55 % of a 169-hour gross SMIC (CSS R512-2). */
  public static boolean financiallyIndependent(Person person, YearMonth month, LegalParameters p) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 1; i <= 6; i++) {
      sum = sum.add(person.income(ResourceKind.WAGES, month.minusMonths(i)));
    }
    BigDecimal threshold = p.get("af.revenu_plafond_enfant", month).multiply(p.get("smic.horaire_brut", month)).multiply(BigDecimal.valueOf(169));
    return Money.divide(sum, 6).compareTo(threshold) >= 0;
  }

  /** Children at charge for family benefits: under 16 and schooled as the law requires, or 16 to 19 and not financially independent. */
  public static List<Person> familyBenefitChildren(Situation s, YearMonth month, LegalParameters p) {
    int middle = p.get("af.age_intermediaire", month).intValue();
    int limit = p.get("af.age_limite", month).intValue();
    return s.children().stream().filter(c -> {
      int age = c.age(month);
      return (age >= 0 && age < middle && c.schooled().at(month, true)) || (age >= middle && age < limit && !financiallyIndependent(c, month, p));
    }).toList();
  }

  /** The three reference months of RSA and PPA (M-3..M-1; M-4..M-2 in experimental départements from 2024-10). */
  public static List<YearMonth> referenceMonths(Situation s, YearMonth month) {
    boolean experiment = !month.isBefore(YearMonth.of(2024, 10)) && s.rsaExperimentDepartement().at(month, false);
    int shift = experiment ? 1 : 0;
    return List.of(month.minusMonths(3 + shift), month.minusMonths(2 + shift), month.minusMonths(1 + shift));
  }

  /** Household-size coefficient of the RSA/PPA montant forfaitaire (1, 1.5, 1.8, then +0.3 or +0.4). */
  public static BigDecimal sizeCoefficient(int persons, int parents, BigDecimal second, BigDecimal third, BigDecimal further) {
    BigDecimal c = BigDecimal.ONE;
    if (persons >= 2) c = c.add(second);
    if (persons >= 3) c = c.add(third);
    if (persons >= 4) c = c.add(parents == 1 ? further : third);
    if (persons >= 5) c = c.add(further.multiply(BigDecimal.valueOf(persons - 4)));
    return c;
  }

  /**
   * Forfait logement of RSA and PPA (CASF R262-9, CSS R844-3): full when housing is free, otherwise the housing aid
   * received capped at the fixed amount.
   */
  public static BigDecimal forfaitLogement(Situation s, YearMonth month, int persons, BigDecimal base, String prefix, LegalParameters p) {
    BigDecimal fixed = switch (Math.min(persons, 3)) {
      case 1 -> base.multiply(p.get(prefix + ".forfait_logement_1_personne", month));
      case 2 -> base.multiply(new BigDecimal("1.5")).multiply(p.get(prefix + ".forfait_logement_2_personnes", month));
      default -> base.multiply(new BigDecimal("1.8")).multiply(p.get(prefix + ".forfait_logement_3_personnes", month));
    };
    BigDecimal aid = s.housing().housingAid().at(month, BigDecimal.ZERO);
    BigDecimal fromAid = aid.signum() > 0 ? Money.min(aid, fixed) : BigDecimal.ZERO;
    boolean free = s.housing().status().isKnown()
        && s.housing().status().at(month).isFreeHousing(s.housing().rent().at(month, BigDecimal.ZERO).signum() > 0,
            s.housing().sharesCosts().at(month, false));
    return Money.max(fromAid, free ? fixed : BigDecimal.ZERO);
  }
}
