package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** Allocation aux adultes handicapés, per person (CSS L821-1 and following, D821-1 and following). */
public final class Aah {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private Aah() {}

  /** The named OpenFisca variables of one person and month. */
  public record Computation(boolean eligible, boolean coupleRuleKept, BigDecimal resourcesCoupleBased,
      BigDecimal resourcesIndividual, BigDecimal base, BigDecimal amount) {}

  public static Computation compute(Situation s, Person person, YearMonth m, LegalParameters p) {
    Boolean decided = person.decisions().aahEligible().get(m);
    boolean eligible = decided != null ? decided : eligible(s, person, m, p);
    boolean keepsCouple = person.decisions().aahCoupleRuleKept().getOrDefault(m, false);
    boolean deconjugalised = p.get("aah.deconjugalisation", m).signum() > 0;
    BigDecimal montant = p.get("aah.montant", m);
    BigDecimal children = BigDecimal.valueOf(Household.familyBenefitChildren(s, m, p).size());
    BigDecimal childBonus = p.get("aah.majoration_plafond_par_enfant", m).multiply(children);
    BigDecimal own = ownResources(person, m, p);
    BigDecimal coupleBased = Money.divide(own.add(partnerBase(s, person, m, p, children)), 12);
    BigDecimal individual = deconjugalised ? Money.divide(own, 12) : BigDecimal.ZERO;
    BigDecimal coupleCeiling = montant.multiply(BigDecimal.ONE.add(childBonus)
        .add(s.isCouple() ? p.get("aah.majoration_plafond_couple", m) : BigDecimal.ZERO));
    BigDecimal coupleAmount = eligible ? Money.min(montant, Money.positive(coupleCeiling.subtract(coupleBased))) : BigDecimal.ZERO;
    BigDecimal base = coupleAmount;
    if (deconjugalised) {
      BigDecimal ceiling = montant.multiply(BigDecimal.ONE.add(childBonus));
      BigDecimal individualAmount = eligible ? Money.min(montant, Money.positive(ceiling.subtract(individual))) : BigDecimal.ZERO;
      base = keepsCouple ? Money.max(coupleAmount, individualAmount) : individualAmount;
    }
    return new Computation(eligible, keepsCouple, coupleBased, individual, base, base);
  }

  /** AAH received in that month when stated, otherwise the AAH the person is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, Person person, YearMonth m, LegalParameters p) {
    if (person.resourcesOrNone().states(ResourceKind.AAH, m)) {
      return person.income(ResourceKind.AAH, m);
    }
    Boolean decided = person.decisions().aahEligible().get(m);
    if (!(decided != null ? decided : eligible(s, person, m, p))) {
      return BigDecimal.ZERO;
    }
    return compute(s, person, m, p).amount();
  }

  /** Incapacity of 80 %, or 50 % with RSDAE before the legal retirement age; aged 20 (16 if no longer a child at charge). */
  public static boolean eligible(Situation s, Person person, YearMonth m, LegalParameters p) {
    BigDecimal rate = person.incapacityRate().at(m, BigDecimal.ZERO);
    int age = person.age(m);
    boolean severe = rate.compareTo(p.get("aah.taux_incapacite", m)) >= 0;
    boolean rsdae = rate.compareTo(p.get("aah.taux_incapacite_rsdae", m)) >= 0 && person.rsdae().at(m, false)
        && BigDecimal.valueOf(age).compareTo(p.get("aah.age_legal_retraite", m)) <= 0;
    if (!severe && !rsdae) {
      return false;  // most people: no need to look at the household's children (CSS asks for 12 months each)
    }
    boolean childAtCharge = Household.familyBenefitChildren(s, m, p).contains(person);
    boolean oldEnough = age >= p.get("aah.age_minimal", m).intValue() || (age >= p.get("aah.age_fin_education", m).intValue() && !childAtCharge);
    return oldEnough;
  }

  /** Working in M: last three months × 4; otherwise year N-2; activity income abated (CSS R821-4, D821-9). */
  static BigDecimal ownResources(Person person, YearMonth m, LegalParameters p) {
    if (working(person, m)) {
      BigDecimal activity = quarter(person, m, List.of(ResourceKind.WAGES, ResourceKind.UNEMPLOYMENT_BENEFITS));
      BigDecimal other = quarter(person, m, List.of(ResourceKind.PENSIONS, ResourceKind.ALIMONY));
      return Money.positive(abated(person, activity, m, p).add(other));
    }
    Year n2 = Year.of(m.getYear() - 2);
    BigDecimal activity = yearTotal(person, n2, ResourceKind.TAXABLE_WAGES).add(yearTotal(person, n2, ResourceKind.UNEMPLOYMENT_BENEFITS));
    return abated(person, activity, m, p).add(yearTotal(person, n2, ResourceKind.PENSIONS));
  }

  private static BigDecimal abated(Person person, BigDecimal income, YearMonth m, LegalParameters p) {
    BigDecimal annualSmic = p.get("smic.horaire_brut", m).multiply(p.get("smic.heures_mensuelles", m)).multiply(BigDecimal.valueOf(12));
    BigDecimal low = Money.min(p.get("aah.tranche_smic", m).multiply(annualSmic), income);
    BigDecimal high = Money.positive(income.subtract(low));
    BigDecimal result = BigDecimal.ONE.subtract(p.get("aah.abattement_30", m)).multiply(low)
        .add(BigDecimal.ONE.subtract(p.get("aah.abattement_sup", m)).multiply(high));
    boolean stopped = !working(person, m) && person.activity().at(m, Activity.INACTIVE) != Activity.STUDENT;
    YearMonth last = m.minusMonths(1);
    boolean replacement = person.income(ResourceKind.UNEMPLOYMENT_BENEFITS, last).add(person.income(ResourceKind.PENSIONS, last)).signum() > 0;
    return stopped || replacement ? result.multiply(BigDecimal.ONE.subtract(p.get("aah.abattement_cessation_activite", m))) : result;
  }

  /**
   * Couple-based: the partner's income (over the same period as the person's: last quarter when the person works, year
   * N-2 otherwise) after the 10 % deduction, less the flat (or proportional) abatement.
   */
  private static BigDecimal partnerBase(Situation s, Person person, YearMonth m, LegalParameters p, BigDecimal children) {
    Person partner = s.parents().stream().filter(x -> x != person).findFirst().orElse(null);
    if (partner == null || !person.role().isParent()) {
      return BigDecimal.ZERO;
    }
    BigDecimal income;
    if (working(person, m)) {
      income = Money.positive(quarter(partner, m, List.of(ResourceKind.WAGES, ResourceKind.UNEMPLOYMENT_BENEFITS, ResourceKind.PENSIONS, ResourceKind.ALIMONY)));
    } else {
      Year n2 = Year.of(m.getYear() - 2);
      income = yearTotal(partner, n2, ResourceKind.TAXABLE_WAGES).add(yearTotal(partner, n2, ResourceKind.UNEMPLOYMENT_BENEFITS))
          .add(yearTotal(partner, n2, ResourceKind.PENSIONS));
    }
    BigDecimal afterDeduction = BigDecimal.ONE.subtract(p.get("impot_revenu.abattement_frais_professionnels_taux", m)).multiply(income)
        .multiply(BigDecimal.ONE.subtract(p.get("aah.abattement_conjoint_proportionnel", m)));
    BigDecimal flat = p.get("aah.abattement_conjoint_forfaitaire", m).add(p.get("aah.abattement_conjoint_par_enfant", m).multiply(children));
    return Money.positive(afterDeduction.subtract(flat));
  }

  /** Taxable wages in M mean the person works. */
  static boolean working(Person person, YearMonth m) {
    return person.income(ResourceKind.TAXABLE_WAGES, m).signum() > 0;
  }

  private static BigDecimal quarter(Person person, YearMonth m, List<ResourceKind> kinds) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 1; i <= 3; i++) {
      for (ResourceKind kind : kinds) {
        sum = sum.add(person.income(kind, m.minusMonths(i)));
      }
    }
    return sum.multiply(FOUR);
  }

  private static BigDecimal yearTotal(Person person, Year year, ResourceKind kind) {
    BigDecimal total = person.resourcesOrNone().year(kind, year);
    for (int month = 1; month <= 12; month++) {
      total = total.add(person.income(kind, year.atMonth(month)));
    }
    return total;
  }
}
