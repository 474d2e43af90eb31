package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Allocation de soutien familial (CSS L523-1, R523-7, D523-3), as OpenFisca-France computes it: a parent alone with
 * children under 20 who are not financially independent gets a fixed share of the BMAF per child, minus the alimony
 * the household receives; nothing is paid at or below the minimum.
 */
public final class SoutienFamilial {
  private SoutienFamilial() {}

  /** {@code children}: those who open the right; {@code beforeAlimony}: their amounts; {@code amount}: what is paid. */
  public record Computation(boolean aloneParent, List<Person> children, BigDecimal beforeAlimony, BigDecimal alimony, BigDecimal amount) {}

  public static Computation compute(Situation s, YearMonth m, LegalParameters p) {
    int limit = p.get("asf.age_limite", m).intValue();
    List<Person> children = s.children().stream()
        .filter(c -> c.age(m) >= 0 && c.age(m) < limit && !Household.financiallyIndependent(c, m, p)).toList();
    BigDecimal perChild = p.get("af.bmaf", m).multiply(p.get("asf.taux_seul_parent", m));
    BigDecimal before = perChild.multiply(BigDecimal.valueOf(children.size()));
    BigDecimal alimony = BigDecimal.ZERO;
    for (Person person : s.persons()) {
      alimony = alimony.add(person.income(ResourceKind.ALIMONY, m));
    }
    BigDecimal montant = Money.positive(before.subtract(alimony));
    boolean alone = FamilyBenefitBase.alone(s);
    BigDecimal amount = alone && montant.compareTo(p.get("asf.seuil", m)) > 0 ? montant : BigDecimal.ZERO;
    return new Computation(alone, children, before, alimony, amount);
  }

  /** ASF received in that month when stated, otherwise the ASF the family is entitled to. */
  public static BigDecimal receivedOrEntitled(Situation s, YearMonth m, LegalParameters p) {
    if (s.householdBenefits().states(ResourceKind.ASF, m)) {
      return s.householdBenefits().month(ResourceKind.ASF, m);
    }
    return compute(s, m, p).amount();
  }
}
