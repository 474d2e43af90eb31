package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;

/** Chèque énergie, per dwelling and year (Code de l'énergie L124-1, R124-1 and following). */
public final class ChequeEnergie {
  private ChequeEnergie() {}

  /** The named OpenFisca variables of one year. */
  public record Computation(BigDecimal consumptionUnits, BigDecimal referenceIncomeN2, BigDecimal scaleAmount, BigDecimal amount) {}

  public static Computation compute(Situation s, Year year, LegalParameters p) {
    YearMonth january = year.atMonth(1);
    BigDecimal units = s.consumptionUnitsStated().getOrDefault(year, consumptionUnits(s, january, p));
    BigDecimal rfr = s.referenceTaxIncome().getOrDefault(Year.of(year.getValue() - 2), BigDecimal.ZERO);
    BigDecimal scale = units.signum() > 0 ? scale(Money.divide(rfr, units), units, january, p) : BigDecimal.ZERO;
    boolean housing = s.housing().status().at(january, HousingStatus.NOT_STATED).opensChequeEnergie();
    BigDecimal amount = housing && s.taxDeclarantPresent() ? scale : BigDecimal.ZERO;
    return new Computation(units, rfr, scale, amount);
  }

  /** 1 for the first person, 0.5 for the second, 0.3 for each further; a person in alternating custody counts half. */
  static BigDecimal consumptionUnits(Situation s, YearMonth m, LegalParameters p) {
    long alternating = s.persons().stream().filter(x -> x.alternatingCustody().at(m, false)).count();
    BigDecimal persons = BigDecimal.valueOf(s.persons().size()).subtract(new BigDecimal("0.5").multiply(BigDecimal.valueOf(alternating)));
    BigDecimal two = BigDecimal.valueOf(2);
    BigDecimal units = p.get("cheque_energie.uc_premiere_personne", m);
    if (persons.compareTo(BigDecimal.ONE) > 0) {
      units = units.add(p.get("cheque_energie.uc_deuxieme_personne", m).multiply(Money.min(persons, two).subtract(BigDecimal.ONE)));
    }
    if (persons.compareTo(two) > 0) {
      units = units.add(p.get("cheque_energie.uc_autres_personnes", m).multiply(persons.subtract(two)));
    }
    return units;
  }

  /** Lower bounds are inclusive; the scale is chosen by UC: at most 1, between 1 and 2, 2 or more. */
  static BigDecimal scale(BigDecimal perUnit, BigDecimal units, YearMonth m, LegalParameters p) {
    String column = units.compareTo(BigDecimal.ONE) <= 0 ? "une_uc" : units.compareTo(BigDecimal.valueOf(2)) < 0 ? "entre_1_et_2_uc" : "deux_uc_et_plus";
    if (perUnit.compareTo(p.get("cheque_energie.seuil_fin", m)) >= 0) {
      return BigDecimal.ZERO;
    }
    int bracket = 1;
    for (int i = 2; i <= 4; i++) {
      if (perUnit.compareTo(p.get("cheque_energie.seuil_tranche_" + i, m)) >= 0) {
        bracket = i;
      }
    }
    return p.get("cheque_energie." + column + "_tranche_" + bracket, m);
  }
}
