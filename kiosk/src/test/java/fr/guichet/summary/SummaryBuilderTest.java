package fr.guichet.summary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.print.PrintableSummary;
import fr.guichet.print.ResultCategory;
import fr.guichet.print.ResultGroup;
import fr.guichet.print.ResultItem;
import fr.guichet.print.ServiceContact;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryBuilderTest {

  static SummaryMaker maker(SummarySettings settings) {
    LocalAids aids = LocalAids.bundled();
    return new SummaryMaker(new SituationCheck(EligibilityEngine.withBundledParameters(), aids::evaluate),
        Territory.bundled(), LegalParameters.bundled(), aids, settings);
  }

  private static final SummaryMaker MAKER = maker(SummarySettings.DEFAULT);

  private static PrintableSummary summary(String persona) {
    return MAKER.summarize(Personas.interview(persona), Optional.of(Personas.FIXED_CODE), Consents.NOT_ASKED);
  }

  private static List<String> names(PrintableSummary summary, ResultCategory category) {
    return summary.resultGroups().stream().filter(g -> g.category() == category)
        .flatMap(g -> g.results().stream()).map(ResultItem::name).toList();
  }

  private static ResultItem item(PrintableSummary summary, String name) {
    return summary.resultGroups().stream().map(ResultGroup::results).flatMap(List::stream)
        .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void build_whenTenantWorksPartTime_groupsResultsByStatusWithAmountsAndWhoDecides() {
    PrintableSummary summary = summary(Personas.TENANT);

    assertThat(names(summary, ResultCategory.TO_REQUEST)).contains("Prime d'activité");
    assertThat(names(summary, ResultCategory.NOT_NOW)).contains("Revenu de solidarité active (RSA)");
    ResultItem prime = item(summary, "Prime d'activité");
    assertThat(prime.estimatedMonthlyAmount()).hasValueSatisfying(amount -> assertThat(amount).endsWith("\u00a0€"));
    assertThat(prime.reasons()).contains("À demander auprès de : CAF (ou MSA).");
    assertThat(summary.placeName()).isEqualTo(Territory.bundled().name());
    assertThat(summary.date()).isEqualTo(Personas.TODAY);
  }

  private static List<String> namesUnder(PrintableSummary summary, String heading) {
    return summary.resultGroups().stream().filter(g -> g.category().label().equals(heading))
        .flatMap(g -> g.results().stream()).map(ResultItem::name).toList();
  }

  @Test
  void build_whenHousingAidAndFamilyBenefitsAlreadyReceived_theyAreUnderDejaPercuNotToClaim() {
    PrintableSummary summary = summary(Personas.MOTHER_RECEIVING);

    assertThat(namesUnder(summary, "À demander"))
        .doesNotContain("Aide au logement (APL, ALF, ALS)", "Allocations familiales");
    assertThat(namesUnder(summary, "Déjà perçu"))
        .containsExactly("Allocations familiales", "Aide au logement (APL, ALF, ALS)");
    ResultItem af = item(summary, "Allocations familiales");
    assertThat(af.estimatedMonthlyAmount()).isEmpty();
    assertThat(af.reasons()).first().asString().startsWith("Vous la percevez déjà");
    // Guichet computes the allocations familiales: above what she receives, it says so.
    assertThat(af.reasons()).anyMatch(r -> r.startsWith("Vous pourriez avoir droit à plus : environ "));
    // The declared amounts never reach the paper by default.
    assertThat(String.join(" ", af.reasons()) + item(summary, "Aide au logement (APL, ALF, ALS)").reasons())
        .doesNotContain("148,52", "287,13");
  }

  @Test
  void build_whenAnswersAreMissing_toCheckNamesWhatIsMissing() {
    PrintableSummary summary = summary(Personas.HOMELESS);

    assertThat(names(summary, ResultCategory.TO_CHECK)).isNotEmpty();
    summary.resultGroups().stream().filter(g -> g.category() == ResultCategory.TO_CHECK)
        .flatMap(g -> g.results().stream())
        .forEach(result -> assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("Il manque : ")));
  }

  @Test
  void build_documentsOfSeveralResults_areListedOnceAndNotForRefusedOnes() {
    PrintableSummary summary = summary(Personas.TENANT);

    assertThat(summary.documentsToBring()).doesNotHaveDuplicates().isNotEmpty()
        .contains("Relevé d'identité bancaire (RIB)");
    assertThat(summary.documentsToBring().stream().filter(d -> d.startsWith("Relevé d'identité bancaire"))).hasSize(1);
    // Only the seniors' aids (refused here) ask for a pension statement.
    assertThat(summary.documentsToBring()).doesNotContain("Justificatifs de retraite");
  }

  @Test
  void build_whenHomeless_domiciliationComesFirstWithItsHours() {
    PrintableSummary summary = summary(Personas.HOMELESS);

    ServiceContact first = summary.services().get(0);
    assertThat(first.name()).isEqualTo("CIAS — point courrier (domiciliation)");
    assertThat(first.openingHours()).contains("Lundi, mercredi, vendredi : 9 h – 11 h 30");
    assertThat(first.addressLines()).last().asString().endsWith("(adresse d'exemple)");
    assertThat(summary.nextSteps().get(0)).startsWith("Allez d'abord à : CIAS — point courrier (domiciliation).");
    assertThat(summary.services()).extracting(ServiceContact::name).doesNotHaveDuplicates();
  }

  @Test
  void build_whenSeniorNeedsHelp_seniorsTeamFirst_withWhomToSeeAndClosures() {
    PrintableSummary summary = summary(Personas.SENIOR);

    ServiceContact first = summary.services().get(0);
    assertThat(first.name()).isEqualTo("CIAS — pôle seniors et maintien à domicile");
    assertThat(first.whomToSee()).hasValue("La coordinatrice du pôle seniors");
    assertThat(first.openingHours()).isNotEmpty();
    assertThat(summary.services()).extracting(ServiceContact::name).contains("Maison départementale des solidarités");
  }

  @Test
  void build_closuresStillToComeArePrintedWithTheHours() {
    PrintableSummary summary = MAKER.summarize(Personas.interview(Personas.TENANT), Optional.empty(), Consents.NOT_ASKED);

    ServiceContact accueil = summary.services().stream().filter(s -> s.name().equals("Accueil du CIAS")).findFirst()
        .orElse(null);
    if (accueil != null) {
      assertThat(accueil.openingHours()).anyMatch(line -> line.startsWith("Fermé du 24 décembre 2026"));
    }
    assertThat(summary.services()).allSatisfy(service -> assertThat(service.openingHours()).isNotEmpty());
  }

  @Test
  void build_qrHoldsTheScannerFormOfTheCodeOnly() {
    PrintableSummary summary = summary(Personas.TENANT);

    assertThat(summary.qrPayload()).isEqualTo("GUICHET:" + Personas.FIXED_CODE.compact());
    assertThat(summary.resumeCode()).isEqualTo(Personas.FIXED_CODE.toString());
  }

  @Test
  void build_whenNothingSaved_codeSaysSoAndQrIsNoCode() {
    PrintableSummary summary = MAKER.summarize(Personas.interview(Personas.TENANT), Optional.empty(), Consents.NOT_ASKED);

    assertThat(summary.resumeCode()).isEqualTo("(non enregistré)");
    assertThat(fr.guichet.store.session.ResumeCode.parse(summary.qrPayload())).isEmpty();
    assertThat(summary.nextSteps()).contains("Vos réponses n'ont pas été enregistrées : gardez cette feuille pour le rendez-vous.");
  }

  @Test
  void build_byDefault_noBirthDateCommuneNorTypedAmounts() {
    String printed = String.join("\n", SummaryText.of(summary(Personas.TENANT)));

    assertThat(printed).doesNotContain("17/09/1983").doesNotContain("1983").doesNotContain("Commune :")
        .doesNotContain("1 234,56").doesNotContain("1\u00a0234,56").doesNotContain("98,76").doesNotContain("512,34")
        .doesNotContain("13\u00a0579").doesNotContain("13 579");
  }

  @Test
  void build_whenPersonalDetailsAllowed_theSameFiguresArePrinted() {
    PrintableSummary summary = maker(new SummarySettings(true))
        .summarize(Personas.interview(Personas.TENANT), Optional.of(Personas.FIXED_CODE), Consents.NOT_ASKED);
    String printed = String.join("\n", SummaryText.of(summary));

    assertThat(summary.personalLines()).containsExactly("Date de naissance : 17/09/1983", "Commune : Ornans");
    assertThat(printed).contains("98,76");
  }

  @Test
  void build_recordedChoicesArePrintedWhenKnown() {
    PrintableSummary summary = MAKER.summarize(Personas.interview(Personas.TENANT), Optional.of(Personas.FIXED_CODE),
        new Consents(Optional.of(true), Optional.of(false)));

    assertThat(summary.recordedChoices()).containsExactly(
        "Vous avez accepté que vos réponses soient gardées pour reprendre le dossier.",
        "Vous avez refusé que votre dossier soit partagé avec les services du CIAS.");
    assertThat(summary(Personas.TENANT).recordedChoices()).isEmpty();
  }

  @Test
  void build_rulesCarryScriptVersionAndNewestParameterDate() {
    PrintableSummary summary = summary(Personas.TENANT);

    assertThat(summary.rulesVersion().version()).startsWith(Personas.SCRIPT.version() + " (aides locales ");
    assertThat(summary.rulesVersion().date()).isBeforeOrEqualTo(Personas.TODAY).isAfter(LocalDate.of(2025, 1, 1));
    assertThat(summary.estimateNotice()).contains("estimation").contains("pas une décision");
  }
}
