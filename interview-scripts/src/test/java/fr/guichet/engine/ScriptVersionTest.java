package fr.guichet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptVersionTest {

  private static final String V1 = """
      id: essai
      version: "1"
      title: Essai
      sections:
        - id: s
          title: S
          items:
            - id: statut
              type: single_choice
              label: Statut
              choices: [{value: locataire, label: Locataire}, {value: heberge, label: Hébergé}]
            - {id: animaux, type: yes_no, label: "Animaux ?"}
            - {id: enfants, type: integer, label: Enfants}
            - {id: loyer, type: money, label: Loyer}
      """;

  /** Version 2: a choice removed, a question removed, a type changed, a question added. */
  private static final String V2 = """
      id: essai
      version: "2"
      title: Essai
      sections:
        - id: s
          title: S
          items:
            - id: statut
              type: single_choice
              label: Statut
              choices: [{value: locataire, label: Locataire}, {value: proprietaire, label: Propriétaire}]
            - {id: enfants, type: yes_no, label: "Des enfants ?"}
            - {id: loyer, type: money, label: Loyer}
            - {id: commune_naissance, type: text, label: Commune de naissance}
      """;

  @Test
  void resume_whenScriptChangedSince_setsAsideWhatNoLongerFitsAndGoesOn() {
    Interview first = TestScripts.start(V1);
    for (String raw : new String[] {"heberge", "oui", "2", "450"}) first.submit(raw);
    Map<String, String> saved = new LinkedHashMap<>();
    first.answers().forEach((key, answer) -> saved.put(key, answer.stored()));

    Interview.Resumed resumed = Interview.resume(TestScripts.load(V2), TestScripts.TODAY, TestScripts.COMMUNES, saved, "1");

    assertThat(resumed.report().versionChanged()).isTrue();
    assertThat(resumed.report().setAside()).extracting(ResumeReport.SetAside::key).containsExactly("statut", "animaux", "enfants");
    assertThat(resumed.report().setAside()).extracting(ResumeReport.SetAside::reason).containsExactly(
        "la réponse ne correspond plus à la question (type ou choix modifiés)",
        "cette question n'existe plus dans le script",
        "la réponse ne correspond plus à la question (type ou choix modifiés)");
    assertThat(resumed.report().restored()).isEqualTo(1);
    assertThat(resumed.interview().answers()).containsOnlyKeys("loyer");
    assertThat(resumed.interview().current().orElseThrow().key()).isEqualTo("statut");
  }

  @Test
  void resume_whenSavedAnswersAreGarbage_neverCrashes() {
    Map<String, String> saved = Map.of("statut", "", "loyer", "abc", "inconnu.question", "x", "enfant9.animaux", "oui");
    Interview.Resumed resumed = Interview.resume(TestScripts.load(V1), TestScripts.TODAY, TestScripts.COMMUNES, saved, "0");
    assertThat(resumed.report().setAside()).hasSize(4);
    assertThat(resumed.interview().current()).isPresent();
  }
}
