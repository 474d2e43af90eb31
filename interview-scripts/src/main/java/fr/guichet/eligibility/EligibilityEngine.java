package fr.guichet.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.eligibility.assessment.AahAssessment;
import fr.guichet.eligibility.assessment.AllocationsFamilialesAssessment;
import fr.guichet.eligibility.assessment.ApaAssessment;
import fr.guichet.eligibility.assessment.AspaAssessment;
import fr.guichet.eligibility.assessment.BenefitAssessment;
import fr.guichet.eligibility.assessment.ChequeEnergieAssessment;
import fr.guichet.eligibility.assessment.CssAssessment;
import fr.guichet.eligibility.assessment.HousingAidAssessment;
import fr.guichet.eligibility.assessment.PrimeActiviteAssessment;
import fr.guichet.eligibility.assessment.ComplementFamilialAssessment;
import fr.guichet.eligibility.assessment.PajeBaseAssessment;
import fr.guichet.eligibility.assessment.RentreeScolaireAssessment;
import fr.guichet.eligibility.assessment.RsaAssessment;
import fr.guichet.eligibility.assessment.SoutienFamilialAssessment;
import fr.guichet.eligibility.openfisca.OpenFiscaCalculator;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Situation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The national eligibility engine: one explained, three-valued result per benefit for a situation on a date (no
 * clock inside), and the OpenFisca path that fills the requested variables of a situation document.
 */
public final class EligibilityEngine {
  private static final List<BenefitAssessment> ASSESSMENTS = List.of(new RsaAssessment(), new PrimeActiviteAssessment(), new CssAssessment(),
      new AspaAssessment(), new AahAssessment(), new AllocationsFamilialesAssessment(),
      new SoutienFamilialAssessment(), new ComplementFamilialAssessment(), new PajeBaseAssessment(), new RentreeScolaireAssessment(),
      new ChequeEnergieAssessment(),
      new HousingAidAssessment(), new ApaAssessment());

  private final LegalParameters parameters;
  private final OpenFiscaCalculator openFisca;

  public EligibilityEngine(LegalParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.openFisca = new OpenFiscaCalculator(parameters);
  }

  /** The benefit assessments, in the order of the results. */
  public static List<BenefitAssessment> assessments() {
    return ASSESSMENTS;
  }

  /** An engine on the parameters shipped in the jar. */
  public static EligibilityEngine withBundledParameters() {
    return new EligibilityEngine(LegalParameters.bundled());
  }

  /** One result per benefit, in a fixed order, with the parameters in force on {@code onDate}. */
  public List<BenefitResult> evaluate(Situation situation, LocalDate onDate) {
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(onDate, "onDate");
    return ASSESSMENTS.stream().map(a -> a.assess(situation, onDate, parameters)).toList();
  }

  /** The OpenFisca path: a copy of the document with every null value computed for its period. */
  public ObjectNode computeOpenFisca(JsonNode situationDocument) {
    return openFisca.fill(situationDocument);
  }
}
