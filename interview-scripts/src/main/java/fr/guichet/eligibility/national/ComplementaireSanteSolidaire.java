package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** Complémentaire santé solidaire, free or with a contribution (CSS L861-1 and following, R861-1 to R861-18). */
public final class ComplementaireSanteSolidaire {
  private static final List<ResourceKind> COUNTED = List.of(ResourceKind.WAGES, ResourceKind.UNEMPLOYMENT_BENEFITS,
      ResourceKind.PENSIONS, ResourceKind.ALIMONY, ResourceKind.OTHER);
  private static final List<String> OVERSEAS_WITH_MAJORATION = List.of("971", "972", "973", "974");

  private ComplementaireSanteSolidaire() {}

  /** The named OpenFisca variables of one month (ceilings and resources in euros per year). */
  public record Computation(boolean preEligible, BigDecimal resources, BigDecimal freeCeiling, BigDecimal participationCeiling,
      boolean free, boolean withParticipation) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    BigDecimal overseas = OVERSEAS_WITH_MAJORATION.contains(s.housing().departement()) ? BigDecimal.ONE.add(p.get("css.majoration_outre_mer", m)) : BigDecimal.ONE;
    BigDecimal freeCeiling = Money.roundToEuroHalfEven(p.get("css.plafond_base", m).multiply(coefficient(s, m, p)).multiply(overseas));
    BigDecimal participationCeiling = freeCeiling.multiply(BigDecimal.ONE.add(p.get("css.majoration_plafond_participation", m)));
    BigDecimal resources = resources(s, m, p);
    boolean preEligible = preEligible(s, m, p);
    boolean mayotte = s.housing().departement().equals("976");
    boolean free = preEligible && !mayotte && (resources.compareTo(freeCeiling) <= 0 || Rsa.receivedOrEntitled(s, m, p).signum() > 0);
    boolean participation = preEligible && !mayotte && !free && resources.compareTo(participationCeiling) <= 0;
    return new Computation(preEligible, resources, freeCeiling, participationCeiling, free, participation);
  }

  /** A dependant aged up to 25, a member aged 25 or more, or every member independent of their parents. */
  static boolean preEligible(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("css.age_limite_personne_a_charge", m).intValue();
    return dependants(s, m, p) > 0 || s.persons().stream().anyMatch(x -> x.age(m) >= limit)
        || s.persons().stream().noneMatch(x -> x.dependsOnParents().at(m, false));
  }

  private static long dependants(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("css.age_limite_personne_a_charge", m).intValue();
    return s.children().stream().filter(c -> c.age(m) >= 0 && c.age(m) <= limit).count();
  }

  /** 1, +0.5 for a partner or the eldest child of a lone parent, +0.3 for the next two, +0.4 each further; alternating custody counts half. */
  static BigDecimal coefficient(Situation s, YearMonth m, LegalParameters p) {
    List<Person> children = s.children().stream().sorted(Comparator.comparingInt((Person c) -> c.age(m)).reversed()).toList();
    BigDecimal total = BigDecimal.ONE;
    int rank = 0;
    if (s.isCouple()) {
      total = total.add(p.get("css.coefficient_deuxieme_personne", m));
      rank = 1;
    }
    for (Person child : children) {
      BigDecimal share = switch (rank) {
        case 0 -> p.get("css.coefficient_deuxieme_personne", m);
        case 1, 2 -> p.get("css.coefficient_troisieme_quatrieme_personne", m);
        default -> p.get("css.coefficient_personne_supplementaire", m);
      };
      total = total.add(child.alternatingCustody().at(m, false) ? share.multiply(new BigDecimal("0.5")) : share);
      rank++;
    }
    return total;
  }

  /** Resources of the 12 previous months, plus the yearly forfait logement. */
  static BigDecimal resources(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("css.age_limite_personne_a_charge", m).intValue();
    List<Person> counted = s.persons().stream().filter(x -> x.role().isParent() || (x.age(m) >= 0 && x.age(m) <= limit)).toList();
    BigDecimal total = BigDecimal.ZERO;
    for (Person person : counted) {
      total = total.add(individualResources(s, person, m, p));
    }
    for (int i = 1; i <= 12; i++) {
      YearMonth r = m.minusMonths(i);
      total = total.add(AllocationsFamiliales.receivedOrEntitled(s, r, p)).add(s.householdBenefits().month(ResourceKind.ASF, r))
          .add(s.householdBenefits().month(ResourceKind.CF, r)).add(aspaCounted(s, r, p));
    }
    return total.add(forfaitLogement(s, m, p, s.parents().size() + (int) dependants(s, m, p)));
  }

  private static BigDecimal individualResources(Situation s, Person person, YearMonth m, LegalParameters p) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal wages = BigDecimal.ZERO;
    for (int i = 1; i <= 12; i++) {
      YearMonth r = m.minusMonths(i);
      for (ResourceKind kind : COUNTED) {
        total = total.add(person.income(kind, r));
      }
      wages = wages.add(person.income(ResourceKind.WAGES, r));
      total = total.add(Money.positive(Aah.receivedOrEntitled(s, person, r, p).subtract(p.get("css.abattement_aah", r))));
    }
    boolean unemployed = person.activity().at(m, Activity.INACTIVE) == Activity.UNEMPLOYED
        && person.income(ResourceKind.UNEMPLOYMENT_BENEFITS, m).signum() > 0;
    return unemployed ? total.subtract(wages.multiply(p.get("css.abattement_salaires_chomage", m))) : total;
  }

  private static BigDecimal aspaCounted(Situation s, YearMonth r, LegalParameters p) {
    BigDecimal aspa = Aspa.receivedOrEntitled(s, r, p);
    if (aspa.signum() <= 0) {
      return aspa;
    }
    boolean couple = s.isCouple();
    return Money.positive(aspa.subtract(p.get(couple ? "css.abattement_aspa_couple" : "css.abattement_aspa_personne_seule", r)));
  }

  /** Owner or lodged free: 12 × RSA base × coefficient × 12/14/14 %; plus, with housing aid, min(12 × aid, 12/16/16.5 %). */
  static BigDecimal forfaitLogement(Situation s, YearMonth m, LegalParameters p, int persons) {
    int n = Math.min(persons, 3);
    BigDecimal rsa = p.get("rsa.montant_de_base", m).multiply(BigDecimal.valueOf(12))
        .multiply(n == 1 ? BigDecimal.ONE : n == 2 ? new BigDecimal("1.5") : new BigDecimal("1.8"));
    String size = n == 1 ? "1_personne" : n == 2 ? "2_personnes" : "3_personnes";
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal aid = s.housing().housingAid().at(m, BigDecimal.ZERO);
    if (aid.signum() > 0) {
      total = Money.min(aid.multiply(BigDecimal.valueOf(12)), rsa.multiply(p.get("css.forfait_logement_aide_" + size, m)));
    }
    HousingStatus status = s.housing().status().at(m, HousingStatus.NOT_STATED);
    if (status == HousingStatus.OWNER || status == HousingStatus.LODGED_FREE) {
      total = total.add(rsa.multiply(p.get("css.forfait_logement_gratuit_" + size, m)));
    }
    return total;
  }

  /** Monthly contribution by age band (mainland or Alsace-Moselle scheme). */
  public static BigDecimal participation(Person person, YearMonth m, LegalParameters p) {
    int age = person.age(m);
    String band = age < 30 ? "moins_30_ans" : age < 50 ? "30_49_ans" : age < 60 ? "50_59_ans" : age < 70 ? "60_69_ans" : "70_ans_et_plus";
    String scheme = person.alsaceMoselle().at(m, false) ? "css.participation_alsace_moselle_" : "css.participation_";
    return p.get(scheme + band, m);
  }
}
