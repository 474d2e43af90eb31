package fr.guichet.eligibility.national;

import fr.guichet.eligibility.parameters.LegalParameters;
import java.time.YearMonth;

/** Allocation personnalisée d'autonomie, orientation only: aged 60 or more and GIR 1 to 4 (CASF L232-1, L232-2). */
public final class Apa {
  private Apa() {}

  public static boolean oldEnough(int age, YearMonth m, LegalParameters p) {
    return age >= p.get("apa.age_minimum", m).intValue();
  }

  public static boolean dependentEnough(int gir, YearMonth m, LegalParameters p) {
    return gir >= 1 && gir <= p.get("apa.gir_maximum", m).intValue();
  }
}
