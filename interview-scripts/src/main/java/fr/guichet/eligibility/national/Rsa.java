package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Revenu de solidarité active (CASF L262-1 and following, R262-1 and following). */
public final class Rsa {
  private static final List<ResourceKind> ACTIVITY = List.of(ResourceKind.WAGES, ResourceKind.APPRENTICE_PAY);
  private static final List<ResourceKind> REPLACEMENT = List.of(ResourceKind.UNEMPLOYMENT_BENEFITS, ResourceKind.PENSIONS);
  private static final List<ResourceKind> OTHER = List.of(ResourceKind.ALIMONY, ResourceKind.OTHER);

  private Rsa() {}

  /** The named OpenFisca variables of one month. */
  public record Computation(boolean eligible, int persons, BigDecimal socle, BigDecimal socleMajore, BigDecimal forfaitLogement,
      BigDecimal forfaitAsf, BigDecimal baseRessources, Map<String, BigDecimal> activityIncome, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    BigDecimal base = p.get("rsa.montant_de_base", m);
    List<Person> children = countedChildren(s, m, p);
    int parents = s.parents().size();
    int persons = parents + children.size();
    boolean eligible = eligible(s, m, p, children.size());
    BigDecimal socle = eligible ? base.multiply(coefficient(persons, parents, m, p)) : BigDecimal.ZERO;
    BigDecimal majore = eligible && majoreEligible(s, m, p, children) ? base.multiply(p.get("rsa.majoration_isolement_base", m)
        .add(p.get("rsa.majoration_isolement_par_enfant", m).multiply(BigDecimal.valueOf(children.size())))) : BigDecimal.ZERO;
    BigDecimal forfaitLogement = Household.forfaitLogement(s, m, persons, base, "rsa", p);
    BigDecimal forfaitAsf = forfaitAsf(s, m, p);
    Map<String, BigDecimal> activity = new LinkedHashMap<>();
    BigDecimal resources = familyBenefits(s, m, p, forfaitAsf).add(minimaSociaux(s, m, p));
    for (Person person : s.persons()) {
      BigDecimal own = activityIncome(s, person, m);
      activity.put(person.id(), own);
      if (person.role().isParent() || children.contains(person)) {
        resources = resources.add(own).add(otherIncome(s, person, m, p));
      }
    }
    BigDecimal amount = Money.positive(Money.max(socle, majore).subtract(forfaitLogement).subtract(resources));
    if (amount.compareTo(p.get("rsa.montant_minimum_verse", m)) < 0) {
      amount = BigDecimal.ZERO;
    }
    return new Computation(eligible, persons, socle, majore, forfaitLogement, forfaitAsf, resources, activity, amount);
  }

  /** RSA received in that month when stated, otherwise the RSA the family is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.RSA, m)) {
      return s.householdBenefits().month(ResourceKind.RSA, m);
    }
    return compute(s, m, p).amount();
  }

  static BigDecimal coefficient(int persons, int parents, YearMonth m, LegalParameters p) {
    return Household.sizeCoefficient(persons, parents, p.get("rsa.taux_deuxieme_personne", m), p.get("rsa.taux_troisieme_personne", m),
        p.get("rsa.taux_personne_supplementaire", m));
  }

  /** Average activity income of the reference months, an income stopped in M being neutralised. */
  public static BigDecimal activityIncome(Situation s, Person person, YearMonth m) {
    return averageOf(s, person, m, ACTIVITY);
  }

  private static BigDecimal averageOf(Situation s, Person person, YearMonth m, List<ResourceKind> kinds) {
    boolean substitution = REPLACEMENT.stream().anyMatch(k -> person.income(k, m).signum() > 0);
    BigDecimal sum = BigDecimal.ZERO;
    for (ResourceKind kind : kinds) {
      boolean stopped = person.income(kind, m).signum() == 0 && person.income(kind, m.minusMonths(1)).signum() > 0 && !substitution;
      if (!stopped) {
        for (YearMonth r : Household.referenceMonths(s, m)) {
          sum = sum.add(person.income(kind, r));
        }
      }
    }
    return Money.divide(sum, 3);
  }

  private static BigDecimal otherIncome(Situation s, Person person, YearMonth m, LegalParameters p) {
    BigDecimal replacement = averageOf(s, person, m, REPLACEMENT);
    BigDecimal others = BigDecimal.ZERO;
    BigDecimal neutral = p.get("rsa.montant_de_base", m).multiply(BigDecimal.valueOf(3));
    for (ResourceKind kind : OTHER) {
      BigDecimal sum = BigDecimal.ZERO;
      for (YearMonth r : Household.referenceMonths(s, m)) {
        sum = sum.add(person.income(kind, r));
      }
      boolean stopped = person.income(kind, m).signum() == 0 && person.income(kind, m.minusMonths(1)).signum() > 0;
      others = others.add(Money.positive(stopped ? sum.subtract(neutral) : sum));
    }
    return replacement.add(Money.divide(others, 3));
  }

  private static BigDecimal familyBenefits(Situation s, YearMonth m, LegalParameters p, BigDecimal forfaitAsf) {
    if (s.children().isEmpty()) {
      return forfaitAsf;
    }
    BigDecimal afBase = AllocationsFamiliales.compute(s, m, p).base();
    return forfaitAsf.add(Money.min(afBase, AllocationsFamiliales.receivedOrEntitled(s, m, p)));
  }

  private static BigDecimal minimaSociaux(Situation s, YearMonth m, LegalParameters p) {
    BigDecimal aah = BigDecimal.ZERO;
    for (Person person : s.persons()) {
      for (YearMonth r : Household.referenceMonths(s, m)) {
        aah = aah.add(Aah.receivedOrEntitled(s, person, r, p));
      }
    }
    return Aspa.receivedOrEntitled(s, m, p).add(Money.divide(aah, 3));
  }

  /** ASF counted flat: min(ASF received, 22.5 % of the BMAF per child) (CASF R262-10-1). */
  public static BigDecimal forfaitAsf(Situation s, YearMonth m, LegalParameters p) {
    int children = Household.familyBenefitChildren(s, m, p).size();
    BigDecimal cap = p.get("af.bmaf", m).multiply(p.get("rsa.forfait_asf_par_enfant", m)).multiply(BigDecimal.valueOf(children));
    return Money.min(s.householdBenefits().month(ResourceKind.ASF, m), cap);
  }

  /** Children under 25 whose own resources are below what they add to the montant forfaitaire. */
  public static List<Person> countedChildren(Situation s, YearMonth m, LegalParameters p) {
    int ageLimit = p.get("rsa.age_minimum", m).intValue();
    List<Person> candidates = s.children().stream()
        .filter(c -> c.age(m) >= 0 && c.age(m) < ageLimit && !Household.financiallyIndependent(c, m, p)).toList();
    BigDecimal base = p.get("rsa.montant_de_base", m);
    boolean majoration = !s.isCouple() && s.recentIsolation().at(m, false) && candidates.size() <= 1;
    BigDecimal limit = majoration
        ? base.multiply(p.get("rsa.majoration_isolement_base", m).subtract(BigDecimal.ONE).add(p.get("rsa.majoration_isolement_par_enfant", m)))
        : base.multiply(p.get("rsa.taux_personne_supplementaire", m));
    List<Person> counted = new ArrayList<>();
    for (Person child : candidates) {
      if (activityIncome(s, child, m).add(otherIncome(s, child, m, p)).compareTo(limit) < 0) {
        counted.add(child);
      }
    }
    return counted;
  }

  static boolean eligible(Situation s, YearMonth m, LegalParameters p, int children) {
    boolean nationality = s.parents().stream().anyMatch(parent -> nationalityOk(parent, m, p));
    boolean age = s.parents().stream().anyMatch(parent -> {
      int a = parent.age(m);
      boolean young = a > p.get("rsa.age_min_rsa_jeune", m).intValue() && a < p.get("rsa.age_max_rsa_jeune", m).intValue()
          && parent.youngWorkerHours().at(m, false);
      boolean student = parent.activity().at(m, Activity.INACTIVE) == Activity.STUDENT;
      return (children > 0 || a >= p.get("rsa.age_minimum", m).intValue() || young) && !student;
    });
    return nationality && age;
  }

  static boolean nationalityOk(Person person, YearMonth m, LegalParameters p) {
    Nationality n = person.nationality().at(m, Nationality.FRENCH);
    BigDecimal years = person.residencePermitYears().at(m, BigDecimal.ZERO);
    return switch (n) {
      case FRENCH -> true;
      case EEA_OR_SWISS -> years.compareTo(p.get("rsa.duree_titre_sejour_eee", m)) >= 0;
      case OTHER -> years.compareTo(p.get("rsa.duree_titre_sejour_hors_eee", m)) >= 0;
    };
  }

  /** Lone parent with a child, and a child under 3 or a recent separation (RSA majoré). */
  public static boolean majoreEligible(Situation s, YearMonth m, LegalParameters p, List<Person> counted) {
    boolean youngChild = s.children().stream().anyMatch(c -> c.age(m) >= 0 && c.age(m) <= 2 && !Household.financiallyIndependent(c, m, p));
    return !s.isCouple() && !counted.isEmpty() && (youngChild || s.recentIsolation().at(m, false));
  }
}
