package fr.guichet.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAidsFileTest {

  @Test
  void bundledCatalogue_whenLoaded_hasTenAidsEachExplainedWithDocumentsAndService() {
    LocalAids aids = LocalAids.bundled();

    assertThat(aids.aids()).extracting(LocalAid::id).containsExactly("secours_urgence", "aide_alimentaire",
        "domiciliation", "portage_repas", "aide_menagere", "micro_credit", "aide_permis", "registre_canicule",
        "visites_convivialite", "logement_urgence");
    for (LocalAid aid : aids.aids()) {
      assertThat(aid.explanation().split("\\. ")).as(aid.id()).hasSizeBetween(2, 4);
      assertThat(aid.documents()).as(aid.id()).isNotEmpty();
      assertThat(aid.conditions()).as(aid.id()).isNotEmpty();
      assertThat(aid.serviceId()).as(aid.id()).startsWith("cias_");
    }
  }

  @Test
  void bundledCatalogue_whenLoaded_everyParameterNamesItsReference() {
    assertThat(LocalAids.bundled().parameters()).containsKeys("plafond_qf", "montant_max_secours", "cap_par_personne");
    LocalAids.bundled().parameters().values().forEach(series ->
        series.values().forEach(value -> assertThat(value.reference()).as(series.key()).isNotBlank()));
  }

  @Test
  void catalogueFile_whenLoadedFromDisk_isTheSameAsTheBundledOne() {
    LocalAids fromDisk = LocalAids.load(Path.of("aids/aides-locales.yaml"));

    assertThat(fromDisk.aids()).extracting(LocalAid::id)
        .isEqualTo(LocalAids.bundled().aids().stream().map(LocalAid::id).toList());
    assertThat(fromDisk.parameters().get("plafond_qf").valueAt(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("650");
  }

  @Test
  void brokenCatalogue_whenLoaded_isRefusedWithEveryProblemAtItsPlace(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("aides.yaml");
    Files.writeString(file, """
        version: "1"
        parameters:
          plafond_qf:
            - {from: 2026-13-01, value: 650, reference: "CA du 11/12/2025"}
            - {from: 2025-01-01, value: 600}
        aids:
          - id: secours
            name: Secours
            explanaton: Une aide.
            conditions:
              - rule: "quotient < plafond_qf"
                met: Oui.
                not_met: Non.
              - rule: "age_demandeur == 'vieux'"
                met: "Vous avez {age_demandeur} ans."
                not_met: "Vous avez {ages} ans."
            amount: {monthly: "urgence", note: Décision de la commission.}
            documents: [Pièce d'identité]
            handled_by: CIAS
            service: cias_accueil
          - id: secours
            name: Double
            explanation: Une aide.
            conditions: [{rule: "true", met: Oui, not_met: Non}]
            amount: {note: Gratuit}
            documents: [Aucun]
            handled_by: CIAS
            service: cias_accueil
        """);

    assertThatThrownBy(() -> LocalAids.load(file))
        .isInstanceOfSatisfying(ScriptLoadException.class, e -> {
          assertThat(e.problems()).extracting(ScriptProblem::toString).containsExactly(
              file + ":4:14: date « 2026-13-01 » illisible : écrivez AAAA-MM-JJ, par exemple 2026-01-01",
              file + ":5:7: référence manquante : nommez le texte qui fixe cette valeur (délibération, article…)",
              file + ":9:5: clé inconnue « explanaton » — vouliez-vous dire « explanation » ?",
              file + ":11:16: nom inconnu : « quotient » (aucune question ni valeur calculée ne porte ce nom ici)",
              file + ":14:30: comparaison impossible entre nombre et texte",
              file + ":16:18: « {ages} » : nom inconnu : « ages » (aucune question ni valeur calculée ne porte ce nom ici)",
              file + ":17:24: l'expression donne un(e) oui/non là où il faut un(e) nombre",
              file + ":21:9: l'identifiant « secours » est déjà utilisé par une autre aide");
        });
  }

  @Test
  void evaluate_whenTheInterviewRunsAnotherScript_theAidsItCannotReadAreUndecidedInsteadOfAnError() {
    // Found by the kill -9 torture: replay --save --script (a CCAS's own script) saved, then failed on
    // the shipped aids reading the default script's names (nb_enfants_foyer, demandeur.x, foyer.x).
    fr.guichet.script.Script own = new fr.guichet.script.load.ScriptLoader().parse("own.yaml", """
        id: own
        version: "1"
        title: Le nôtre
        household:
          id: foyer
          members:
            - role: demandeur
              label: vous
        sections:
          - id: s1
            title: Vous
            items:
              - id: en_couple
                type: yes_no
                label: Vivez-vous en couple ?
        """);
    fr.guichet.engine.Interview interview = fr.guichet.engine.Interview.start(own, LocalDate.of(2026, 11, 25),
        fr.guichet.commune.DirectoryCommuneResolver.bundled());
    interview.submit("non");
    assertThat(LocalAids.bundled().evaluate(interview)).hasSize(10)
        .allSatisfy(c -> assertThat(c.status()).isNotEqualTo(fr.guichet.eligibility.EligibilityStatus.LIKELY_ELIGIBLE));
  }
}
