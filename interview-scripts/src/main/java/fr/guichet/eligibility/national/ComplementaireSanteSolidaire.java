package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Complémentaire santé solidaire, free or with a contribution (CSS L861-1 and following, R861-1 to R861-18). */
public final class ComplementaireSanteSolidaire {
  private static final List<ResourceKind> COUNTED = List.of(ResourceKind.WAGES, ResourceKind.UNEMPLOYMENT_BENEFITS,
      ResourceKind.PENSIONS, ResourceKind.ALIMONY, ResourceKind.OTHER);
  private static final List<ResourceKind> FAMILY = List.of(ResourceKind.FAMILY_BENEFITS, ResourceKind.ASF, ResourceKind.CF);

  private ComplementaireSanteSolidaire() {}

  /** The named OpenFisca variables of one month (ceilings and resources in euros per year). */
  public record Computation(boolean preEligible, BigDecimal resources, BigDecimal freeCeiling, BigDecimal participationCeiling,
      boolean free, boolean withParticipation) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    List<Person> members = members(s, m, p);
    BigDecimal coefficient = coefficient(members, m, p);
    BigDecimal overseas = s.housing().communeInsee().startsWith("97") ? BigDecimal.ONE.add(p.get("css.majoration_outre_mer", m)) : BigDecimal.ONE;
    BigDecimal freeCeiling = Money.roundToEuroHalfEven(p.get("css.plafond_base", m).multiply(coefficient).multiply(overseas));
    BigDecimal participationCeiling = freeCeiling.multiply(BigDecimal.ONE.add(p.get("css.majoration_plafond_participation", m)));
    BigDecimal resources = resources(s, m, p, members.size());
    boolean preEligible = true;
    boolean rsa = s.householdBenefits().month(ResourceKind.RSA, m).signum() > 0;
    boolean free = preEligible && (resources.compareTo(freeCeiling) <= 0 || rsa);
    boolean participation = preEligible && !free && resources.compareTo(participationCeiling) <= 0;
    return new Computation(preEligible, resources, freeCeiling, participationCeiling, free, participation);
  }

  /** Parents and dependants under 25. */
  static List<Person> members(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("css.age_limite_personne_a_charge", m).intValue();
    return s.persons().stream().filter(x -> x.role().isParent() || (x.role() != null && x.age(m) < limit)).toList();
  }

  /** 1, +0.5 for the 2nd person, +0.3 for the 3rd and 4th, +0.4 each further; alternating custody counts half. */
  static BigDecimal coefficient(List<Person> members, YearMonth m, LegalParameters p) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < members.size(); i++) {
      BigDecimal share = switch (i) {
        case 0 -> BigDecimal.ONE;
        case 1 -> p.get("css.coefficient_deuxieme_personne", m);
        case 2, 3 -> p.get("css.coefficient_troisieme_quatrieme_personne", m);
        default -> p.get("css.coefficient_personne_supplementaire", m);
      };
      total = total.add(members.get(i).alternatingCustody().at(m, false) ? share.multiply(new BigDecimal("0.5")) : share);
    }
    return total;
  }

  /** Resources of the 12 previous months, plus the yearly forfait logement. */
  static BigDecimal resources(Situation s, YearMonth m, LegalParameters p, int persons) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal aahAbatement = p.get("css.abattement_aah", m);
    BigDecimal aspaAbatement = p.get(s.isCouple() ? "css.abattement_aspa_couple" : "css.abattement_aspa_personne_seule", m);
    for (int i = 1; i <= 12; i++) {
      YearMonth r = m.minusMonths(i);
      for (Person person : s.persons()) {
        boolean unemployed = person.income(ResourceKind.UNEMPLOYMENT_BENEFITS, m).signum() > 0
            || person.activity().at(m, Activity.INACTIVE) == Activity.UNEMPLOYED && person.income(ResourceKind.UNEMPLOYMENT_BENEFITS, m.minusMonths(1)).signum() > 0;
        for (ResourceKind kind : COUNTED) {
          BigDecimal amount = person.income(kind, r);
          total = total.add(kind == ResourceKind.WAGES && unemployed
              ? amount.multiply(BigDecimal.ONE.subtract(p.get("css.abattement_salaires_chomage", m))) : amount);
        }
        total = total.add(Money.positive(person.income(ResourceKind.AAH, r).subtract(aahAbatement)));
      }
      for (ResourceKind kind : FAMILY) {
        total = total.add(s.householdBenefits().month(kind, r));
      }
      total = total.add(Money.positive(s.householdBenefits().month(ResourceKind.ASPA, r).subtract(aspaAbatement)));
    }
    return total.add(forfaitLogement(s, m, p, persons));
  }

  /** Owner or lodged free: 12 × RSA base × coefficient × 12/14/14 %; housing aid: capped at the aid received. */
  static BigDecimal forfaitLogement(Situation s, YearMonth m, LegalParameters p, int persons) {
    int n = Math.min(persons, 3);
    BigDecimal rsa = p.get("rsa.montant_de_base", m).multiply(BigDecimal.valueOf(12))
        .multiply(n == 1 ? BigDecimal.ONE : n == 2 ? new BigDecimal("1.5") : new BigDecimal("1.8"));
    String size = n == 1 ? "1_personne" : n == 2 ? "2_personnes" : "3_personnes";
    BigDecimal aid = s.housing().housingAid().at(m, BigDecimal.ZERO);
    if (aid.signum() > 0) {
      return Money.min(aid.multiply(BigDecimal.valueOf(12)), rsa.multiply(p.get("css.forfait_logement_aide_" + size, m)));
    }
    HousingStatus status = s.housing().status().at(m, HousingStatus.NOT_STATED);
    if (status.isFreeHousing(s.housing().sharesCosts().at(m, false))) {
      return rsa.multiply(p.get("css.forfait_logement_gratuit_" + size, m));
    }
    return BigDecimal.ZERO;
  }

  /** Monthly contribution by age band (mainland or Alsace-Moselle scheme). */
  public static BigDecimal participation(Person person, YearMonth m, LegalParameters p) {
    int age = person.age(m);
    String band = age < 30 ? "moins_30_ans" : age < 50 ? "30_49_ans" : age < 60 ? "50_59_ans" : age < 70 ? "60_69_ans" : "70_ans_et_plus";
    String scheme = person.alsaceMoselle().at(m, false) ? "css.participation_alsace_moselle_" : "css.participation_";
    return p.get(scheme + band, m);
  }
}
