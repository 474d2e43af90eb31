package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptValidationTest {

  private static List<ScriptProblem> problems(String yaml) {
    try {
      new ScriptLoader().parse("bad.yaml", yaml);
    } catch (ScriptLoadException e) {
      return e.problems();
    }
    throw new AssertionError("script was accepted");
  }

  @Test
  void load_whenFiveDifferentMistakes_reportsFivePositionedMessages() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: Première
            items:
              - id: age_connu
                type: yes_no
                lable: Connaissez-vous votre âge ?
              - id: situation
                type: single_choice
                label: Situation
                choices: []
              - id: age_connu
                type: integer
                label: Encore
              - id: loyer
                type: money
                label: Loyer
                when: "statut == 'locataire'"
              - id: motif
                type: text
                label: Motif
                when: "age_connu + 1 > 2"
        """);
    assertThat(problems).extracting(ScriptProblem::toString).containsExactly(
        "bad.yaml:10:9: clé inconnue « lable » — vouliez-vous dire « label » ?",
        "bad.yaml:11:9: la question « situation » n'a aucun choix (choices est vide ou absent)",
        "bad.yaml:15:13: identifiant « age_connu » déjà utilisé (ou réservé)",
        "bad.yaml:21:16: nom inconnu : « statut » (aucune question ni valeur calculée ne porte ce nom ici)",
        "bad.yaml:25:26: « + » s'applique à des nombre, pas à oui/non et nombre");
  }

  @Test
  void load_whenComputedValuesFormACycle_namesTheCycle() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: Essai
        computed:
          - id: a
            value: "b + 1"
          - id: b
            value: "a * 2"
        sections:
          - id: s1
            title: S
            items:
              - {id: q, type: yes_no, label: Q}
        """);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).message()).contains("cycle").contains("a, b");
    assertThat(problems.get(0).line()).isEqualTo(6);
  }

  @Test
  void load_whenConditionCanNeverBeTrueOrReadsALaterQuestion_saysSo() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: S
            items:
              - id: jamais
                type: yes_no
                label: Jamais
                when: "1 > 2"
              - id: avant
                type: yes_no
                label: Avant
                when: "apres"
              - id: apres
                type: yes_no
                label: Après
              - id: statut
                type: single_choice
                label: Statut
                choices: [{value: locataire, label: Locataire}]
              - id: loyer
                type: money
                label: Loyer
                when: "statut == 'locatair'"
              - id: besoins
                type: multiple_choice
                label: Besoins
                choices: [{value: expulsion, label: Expulsion}]
              - id: aide
                type: yes_no
                label: Aide
                when: "has(besoins, 'expulsio')"
        """);
    assertThat(problems).extracting(ScriptProblem::message).containsExactly(
        "la question « jamais » ne peut jamais être posée : sa condition est toujours fausse",
        "la condition de « avant » lit « apres », qui est demandée plus loin : déplacez la question ou la condition",
        "« locatair » n'est pas un des choix de « statut » (choix : locataire)",
        "« expulsio » n'est pas un des choix de « besoins » (choix : expulsion)");
  }

  @Test
  void load_whenConditionFallsBackWithCoalesce_isNotMistakenForNeverAsked() {
    Script script = new ScriptLoader().parse("ok.yaml", """
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: S
            items:
              - {id: aide, type: yes_no, label: Aide, allow_unknown: true}
              - {id: montant, type: money, label: Montant, when: "coalesce(aide, false)"}
        """);
    assertThat(script.questions()).hasSize(2);
  }

  @Test
  void load_whenYamlIsBroken_reportsTheSyntaxErrorWithItsLine() {
    List<ScriptProblem> problems = problems("id: essai\nversion: \"1\"\ntitle: [Essai\nsections: []\n");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("syntaxe YAML");
    assertThat(problems.get(0).line()).isBetween(3, 5);
  }

  @Test
  void load_whenTranslationIsForUndeclaredLanguageOrFrenchMissing_isRefused() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: {en: Trial}
        languages: [fr, en]
        sections:
          - id: s1
            title: {fr: S, ar: س}
            items:
              - {id: q, type: yes_no, label: Q}
        """);
    assertThat(problems).extracting(ScriptProblem::message)
        .containsExactly("le texte en français (fr) est obligatoire", "langue « ar » non déclarée dans languages [fr, en]");
  }

  @Test
  void load_whenTypeIsMistyped_suggestsTheRightOne() {
    assertThatThrownBy(() -> new ScriptLoader().parse("bad.yaml", """
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: S
            items:
              - {id: q, type: yes_nO, label: Q}
        """)).isInstanceOf(ScriptLoadException.class).hasMessageContaining("vouliez-vous dire « yes_no »");
  }

  // Regressions found by the fuzz targets (fr.guichet.fuzz.ScriptLoaderFuzzTest).

  private static final String HOUSEHOLD_WITH = """
      id: essai
      version: "1"
      title: Essai
      household:
        id: foyer
        members:
          - role: demandeur
            label: vous
        computed:
          - id: age
            value: "%s"
      computed:
        - id: total
          value: "sum(foyer.revenu)"
      sections:
        - id: s1
          title: Première
          items:
            - for_each_member: foyer
              items:
                - id: naissance
                  type: date
                  label: Date de naissance
                - id: revenu
                  type: money
                  label: Revenus
                  when: "age >= 16"
      """;

  @Test
  void load_whenAConditionReadsItsOwnQuestionThroughComputedValues_isRefusedInsteadOfLoopingForEver() {
    // revenu is asked when age >= 16, age reads total, total reads every revenu: evaluating it overflowed the stack.
    assertThat(problems(HOUSEHOLD_WITH.formatted("total"))).extracting(ScriptProblem::message).containsExactly(
        "la condition de « revenu » lit « revenu » (par la valeur calculée « age »), qui est demandée ici même : déplacez la question ou la condition");
  }

  @Test
  void load_whenPowerOrModuloIsUsed_isRefusedAtLoadRatherThanFailingOnAnUnknownAnswer() {
    assertThat(problems(HOUSEHOLD_WITH.formatted("age(naissance) ^ 2"))).extracting(ScriptProblem::message)
        .containsExactly("opérateur « ^ » non pris en charge (opérateurs : + - * / == != < <= > >= && || !)");
    assertThat(problems(HOUSEHOLD_WITH.formatted("age(naissance) % 2"))).hasSize(1);
  }

  @Test
  void interview_whenADateCannotExist_theValueIsUnknownInsteadOfAnError() {
    Script script = new ScriptLoader().parse("ok.yaml", HOUSEHOLD_WITH.formatted("years_between(naissance, date(2024, 13, 40))"));
    fr.guichet.engine.Interview interview = fr.guichet.engine.Interview.start(script, java.time.LocalDate.of(2026, 11, 25),
        fr.guichet.commune.DirectoryCommuneResolver.bundled());
    interview.submit("05/03/1980");
    assertThat(interview.currentKey()).as("revenu is asked: its condition is unknown, not an exception").isPresent();
    assertThat(interview.computedValues()).containsEntry("total", null);
  }

  @Test
  void load_whenYamlHasABlockWhereAKeyIsExpected_saysSoWithoutJavaNames() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: Première
            items:
              - {id: a, type: yes_no, label: A, {x: 1}: 2}
        """);
    assertThat(problems).extracting(ScriptProblem::message).allSatisfy(message -> assertThat(message).doesNotContain("org.", "Event("));
  }

  @Test
  void load_whenAListStandsForAText_saysATextIsExpected() {
    List<ScriptProblem> problems = problems("""
        id: essai
        version: "1"
        title: Essai
        sections:
          - id: s1
            title: Première
            items:
              - id: [a, b]
                type: yes_no
                label: A
        """);
    assertThat(problems).extracting(ScriptProblem::toString)
        .containsExactly("bad.yaml:8:13: valeur mal formée à « sections[1].items[1].id » : un texte est attendu ici");
  }
}
