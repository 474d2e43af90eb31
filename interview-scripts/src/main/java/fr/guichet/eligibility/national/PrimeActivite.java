package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Prime d'activité (CSS L841-1 and following, D843-1 to D843-3, R844-3): average of three fictive monthly amounts. */
public final class PrimeActivite {
  private static final List<ResourceKind> OTHER_INCOME =
      List.of(ResourceKind.UNEMPLOYMENT_BENEFITS, ResourceKind.PENSIONS, ResourceKind.ALIMONY, ResourceKind.OTHER);

  private PrimeActivite() {}

  /** One reference month computed with the parameters in force in that month. */
  public record FictiveMonth(YearMonth month, boolean eligible, BigDecimal montantForfaitaire, BigDecimal bonification,
      BigDecimal activityIncome, BigDecimal resources, BigDecimal forfaitLogement, BigDecimal amount) {}

  /** The named OpenFisca variables for month M. */
  public record Computation(List<FictiveMonth> months, boolean learnersConditionMet, BigDecimal forfaitLogement, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    List<FictiveMonth> months = Household.referenceMonths(s, m).stream().map(r -> fictive(s, r, p)).toList();
    BigDecimal average = Money.divide(months.stream().map(FictiveMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add), 3);
    boolean learners = learnersCondition(s, m, p);
    BigDecimal amount = learners && average.compareTo(p.get("ppa.montant_minimum_verse", m)) >= 0 ? average : BigDecimal.ZERO;
    return new Computation(months, learners, forfaitLogement(s, m, p), amount);
  }

  public static FictiveMonth fictive(Situation s, YearMonth r, LegalParameters p) {
    List<Person> children = Rsa.countedChildren(s, r, p);
    int parents = s.parents().size();
    int persons = parents + children.size();
    BigDecimal base = p.get("ppa.montant_de_base", r);
    boolean majore = Rsa.majoreEligible(s, r, p, children);
    BigDecimal mff = majore
        ? base.multiply(p.get("ppa.majoration_isolement_base", r).add(p.get("ppa.majoration_isolement_par_enfant", r).multiply(BigDecimal.valueOf(children.size()))))
        : base.multiply(Household.sizeCoefficient(persons, parents, p.get("ppa.taux_deuxieme_personne", r), p.get("ppa.taux_troisieme_personne", r),
            p.get("ppa.taux_personne_supplementaire", r)));
    BigDecimal activity = BigDecimal.ZERO;
    BigDecimal bonification = BigDecimal.ZERO;
    BigDecimal other = Aspa.receivedOrEntitled(s, r, p).add(familyBenefits(s, r, p));
    BigDecimal aahThreshold = p.get("ppa.seuil_aah_activite", r).multiply(p.get("smic.horaire_brut", r));
    for (Person person : s.persons()) {
      BigDecimal own = ownActivity(person, r);
      BigDecimal aah = Aah.receivedOrEntitled(s, person, r, p);
      if (own.compareTo(aahThreshold) >= 0) {
        own = own.add(aah);
      } else {
        other = other.add(aah);
      }
      activity = activity.add(own);
      bonification = bonification.add(bonification(own, r, p));
      for (ResourceKind kind : OTHER_INCOME) {
        other = other.add(person.income(kind, r));
      }
    }
    BigDecimal forfait = forfaitLogement(s, r, p);
    boolean eligible = eligible(s, r, p, majore);
    BigDecimal fictive = mff.add(bonification).add(p.get("ppa.pente", r).multiply(activity))
        .subtract(Money.max(activity.add(other).add(forfait), mff));
    BigDecimal amount = eligible ? Money.positive(fictive) : BigDecimal.ZERO;
    return new FictiveMonth(r, eligible, mff, bonification, activity, activity.add(other), forfait, amount);
  }

  private static BigDecimal ownActivity(Person person, YearMonth r) {
    return person.income(ResourceKind.WAGES, r).add(person.income(ResourceKind.APPRENTICE_PAY, r));
  }

  /** Linear from 59 × hourly SMIC up to its maximum (rounded to the cent as OpenFisca does) at the upper threshold. */
  static BigDecimal bonification(BigDecimal income, YearMonth r, LegalParameters p) {
    BigDecimal smic = p.get("smic.horaire_brut", r);
    BigDecimal s1 = p.get("ppa.seuil_bonification", r).multiply(smic);
    BigDecimal s2 = p.get("ppa.seuil_max_bonification", r).multiply(smic);
    BigDecimal max = Money.roundToCentHalfEven(p.get("ppa.taux_bonification_max", r).multiply(p.get("ppa.montant_de_base", r)));
    BigDecimal linear = Money.divide(max.multiply(income.subtract(s1)), s2.subtract(s1));
    return Money.min(Money.positive(linear), max);
  }

  private static BigDecimal familyBenefits(Situation s, YearMonth r, LegalParameters p) {
    BigDecimal asf = Rsa.forfaitAsf(s, r, p);
    if (s.children().isEmpty()) {
      return asf;
    }
    return asf.add(Money.min(AllocationsFamiliales.compute(s, r, p).base(), AllocationsFamiliales.receivedOrEntitled(s, r, p)));
  }

  /** PPA forfait logement, capped at the 3-person rate, with the PPA montant de base. */
  public static BigDecimal forfaitLogement(Situation s, YearMonth r, LegalParameters p) {
    int persons = s.parents().size() + Rsa.countedChildren(s, r, p).size();
    return Household.forfaitLogement(s, r, persons, p.get("ppa.montant_de_base", r), "ppa", p);
  }

  /** A member aged 18 or more, and the RSA nationality condition (or the lone-parent majoration). */
  public static boolean eligible(Situation s, YearMonth r, LegalParameters p, boolean majore) {
    int minAge = p.get("ppa.age_minimum", r).intValue();
    boolean age = s.persons().stream().anyMatch(x -> x.age(r) >= minAge);
    boolean nationality = s.persons().stream().anyMatch(x -> Rsa.nationalityOk(x, r, p));
    return age && (nationality || majore);
  }

  public static boolean eligible(Situation s, YearMonth r, LegalParameters p) {
    return eligible(s, r, p, Rsa.majoreEligible(s, r, p, Rsa.countedChildren(s, r, p)));
  }

  /** Students need activity income above 0.55 × 169 h SMIC in each of the last three months; others some income. */
  private static boolean learnersCondition(Situation s, YearMonth m, LegalParameters p) {
    if (Rsa.majoreEligible(s, m, p, Rsa.countedChildren(s, m, p))) {
      return true;
    }
    return s.parents().stream().anyMatch(parent -> {
      boolean learner = parent.activity().at(m, Activity.INACTIVE) == Activity.STUDENT;
      boolean all = true;
      boolean any = false;
      for (int i = 1; i <= 3; i++) {
        YearMonth r = m.minusMonths(i);
        BigDecimal floor = p.get("ppa.plancher_apprenant", r).multiply(p.get("smic.horaire_brut", r)).multiply(BigDecimal.valueOf(169));
        BigDecimal income = ownActivity(parent, r);
        all &= income.compareTo(floor) > 0;
        any |= income.signum() > 0;
      }
      return learner ? all : any;
    });
  }
}
