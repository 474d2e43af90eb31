package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.FactCoverage;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactDeclarationTest {

  private static final String HEAD = """
      id: essai
      version: "1"
      title: Essai
      household:
        id: foyer
        members:
          - {role: demandeur, label: vous}
      sections:
        - id: s1
          title: Première
          items:
            - id: loyer
              type: money
              label: Loyer
            - id: logement
              type: single_choice
              label: Logement
              choices:
                - {value: locataire, label: Locataire}
                - {value: proprietaire, label: Propriétaire}
            - for_each_member: foyer
              items:
                - id: naissance
                  type: date
                  label: Naissance
      """;

  private static List<String> problems(String facts) {
    try {
      new ScriptLoader().parse("essai.yaml", HEAD + facts);
    } catch (ScriptLoadException e) {
      return e.problems().stream().map(ScriptProblem::toString).toList();
    }
    throw new AssertionError("script was accepted");
  }

  @Test
  void load_whenFactsWrong_reportsEachWithFileAndLine() {
    List<String> problems = problems("""
        facts:
          - {fact: logement.loyer, from: logement}
          - {fact: foyer.revenu_fiscal_reference, from: rfr}
          - {fact: logement.statut, from: logement}
          - {fact: membre.date_naissance, from: loyer}
          - {fact: logement.lyer, from: loyer}
          - {fact: membre.date_naissance, from: naissance}
          - {fact: membre.date_naissance, from: naissance}
        """);
    assertThat(problems).containsExactly(
        "essai.yaml:27:34: le fait « logement.loyer » attend montant en euros, mais « logement » est une question de type single_choice",
        "essai.yaml:28:49: « rfr » n'est ni une question ni une valeur calculée du script",
        "essai.yaml:29:35: la réponse « locataire » de « logement » doit correspondre à une valeur du fait « logement.statut » "
            + "(locataire_vide, locataire_meuble, locataire_hlm, locataire_foyer, proprietaire, primo_accedant, loge_gratuitement, sans_domicile) : ajoutez-la sous values",
        "essai.yaml:30:41: le fait « membre.date_naissance » concerne chaque personne : « loyer » doit être posée pour chaque membre du foyer",
        "essai.yaml:31:12: fait inconnu « logement.lyer » (vouliez-vous dire « logement.loyer » ?) : la liste est dans scripts/FAITS.md",
        "essai.yaml:33:5: le fait « membre.date_naissance » est déjà rempli par « naissance » plus haut : un fait ne vient que d'une seule réponse");
  }

  @Test
  void coverage_whenScriptFillsOnlyRent_listsWhatEachBenefitLacks() {
    Script script = new ScriptLoader().parse("essai.yaml", HEAD + """
        facts:
          - {fact: logement.loyer, from: loyer}
          - {fact: membre.date_naissance, from: naissance}
        """);
    var lacking = FactCoverage.lacking(script);
    assertThat(lacking.get(Benefit.HOUSING_AID)).contains("logement.statut");
    assertThat(lacking.get(Benefit.RSA)).contains("membre.nationalite", FactCoverage.NO_RESOURCES).doesNotContain("logement.loyer");
  }

  @Test
  void shippedScripts_bothDeclareTheirFacts_andTheKioskPathLacksOnlyTheAutonomyAndRsdaeFacts() {
    Script kiosk = new ScriptLoader().load(Path.of("scripts/borne-rapide.yaml"));
    Script desk = new ScriptLoader().load(Path.of("scripts/accueil-ccas.yaml"));
    assertThat(FactCoverage.lacking(desk)).isEmpty();
    assertThat(FactCoverage.lacking(kiosk)).containsOnlyKeys(Benefit.AAH, Benefit.APA);
    assertThat(kiosk.questions().stream().filter(q -> !q.isInformation()).count()).isBetween(12L, 18L);
  }
}
