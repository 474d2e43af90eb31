package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.engine.Interview;
import fr.guichet.engine.QuestionView;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import fr.guichet.script.load.TextNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationFilesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static final String SCRIPT = """
      id: essai
      version: "1"
      title: Essai
      languages: [fr, en, uk]
      sections:
        - id: logement_s
          title: Votre logement
          items:
            - id: statut
              type: single_choice
              label: Où habitez-vous ?
              help: Choisissez une réponse.
              choices:
                - {value: locataire, label: Je suis locataire}
                - {value: proprietaire, label: Je suis propriétaire}
                - {value: heberge, label: Je suis hébergé}
            - id: loyer
              type: money
              label: Quel est votre loyer en {mois_m1} ?
              checks:
                - rule: "loyer < 5000"
                  message: Ce loyer semble trop élevé.
      """;

  private static final String UKRAINIAN = """
      language: uk
      title: Перевірка
      sections:
        logement_s: Ваше житло
      questions:
        statut:
          label: Де ви живете?
          help: Виберіть одну відповідь.
          choices: {locataire: Я орендую житло, proprietaire: Я власник житла, heberge: Я живу в когось}
        loyer:
          label: Яка ваша орендна плата за {mois_m1}?
          checks: [Ця сума здається завеликою.]
      """;

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static List<ScriptProblem> problems(Runnable load) {
    try {
      load.run();
    } catch (ScriptLoadException e) {
      return e.problems();
    }
    throw new AssertionError("script was accepted");
  }

  @Test
  void interview_whenUkrainianChosen_showsUkrainianTextsAndMonth() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", UKRAINIAN);
    Interview interview = Interview.start(new ScriptLoader().load(script), TODAY, null);
    interview.useLanguage("uk");

    QuestionView statut = interview.current().orElseThrow();
    assertThat(statut.sectionTitle()).isEqualTo("Ваше житло");
    assertThat(statut.label()).isEqualTo("Де ви живете?");
    assertThat(statut.choices()).extracting(c -> c.label())
        .containsExactly("Я орендую житло", "Я власник житла", "Я живу в когось");

    interview.submit("1");
    assertThat(interview.current().orElseThrow().label()).isEqualTo("Яка ваша орендна плата за жовтень 2026?");
    assertThat(((fr.guichet.engine.Outcome.Rejected) interview.check("9000")).message()).isEqualTo("Ця сума здається завеликою.");
  }

  @Test
  void interview_whenTranslationMissing_showsFrenchWithMarker_andSavedAnswerStaysTheSame() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    Interview interview = Interview.start(new ScriptLoader().load(script), TODAY, null);
    interview.useLanguage("en");

    assertThat(interview.current().orElseThrow().label()).isEqualTo("[fr] Où habitez-vous ?");
    fr.guichet.engine.Outcome accepted = interview.submit("1");
    assertThat(((fr.guichet.engine.Outcome.Accepted) accepted).stored()).isEqualTo("locataire");
  }

  @Test
  void check_whenUkrainianFileIncomplete_notesEachMissingTextWithItsFrenchLine() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", """
        language: uk
        questions:
          statut:
            label: Де ви живете?
          ancienne_question:
            label: Стара
        """);
    List<TextNote> notes = new ScriptLoader().check(script).notes();

    assertThat(notes).filteredOn(n -> n.language().equals("uk") && n.kind() == TextNote.Kind.MISSING)
        .extracting(TextNote::line).containsExactlyInAnyOrder(3, 7, 12, 14, 15, 16, 19, 22);
    assertThat(notes).filteredOn(n -> n.kind() == TextNote.Kind.UNUSED).singleElement()
        .satisfies(n -> assertThat(n.toString()).startsWith(folder.resolve("essai.uk.yaml") + ":5:").contains("ancienne_question"));
    assertThat(notes).filteredOn(n -> n.language().equals("en")).hasSize(9);
  }

  @Test
  void load_whenTranslationHasAnotherNumberOfChoices_isRefusedAtTheTranslationsLine() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", """
        language: uk
        questions:
          statut:
            choices: [Я орендую житло, Я власник житла]
        """);
    List<ScriptProblem> problems = problems(() -> new ScriptLoader().load(script));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("essai.uk.yaml");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("2 choix traduit(s)", "a 3 choix");
    });
  }

  @Test
  void load_whenTranslationNamesAChoiceTheFrenchLacks_isRefused() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", """
        language: uk
        questions:
          statut:
            choices: {locatair: Я орендую житло}
        """);
    assertThat(problems(() -> new ScriptLoader().load(script))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("« locatair » inconnu", "locataire, proprietaire, heberge"));
  }

  @Test
  void load_whenLanguageCodeDoesNotExist_isRefusedAtItsPosition() {
    List<ScriptProblem> problems = problems(() -> new ScriptLoader().parse("bad.yaml",
        SCRIPT.replace("languages: [fr, en, uk]", "languages: [fr, ua]")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("« ua » inconnue");
    });
  }

  @Test
  void loadDirectory_whenTranslationBesideScript_loadsOneScriptNotTwo() throws IOException {
    write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", UKRAINIAN);
    ScriptLoader.Loaded loaded = new ScriptLoader().loadDirectory(folder);

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.scripts()).extracting(Script::id).containsExactly("essai");
    assertThat(loaded.scripts().get(0).question("statut").orElseThrow().label().in("uk")).isEqualTo("Де ви живете?");
  }

  @Test
  void check_whenTranslatedLabelTooLongForTheScreen_notesIt() throws IOException {
    Path script = write("essai.yaml", SCRIPT);
    write("essai.uk.yaml", UKRAINIAN.replace("Де ви живете?", "Де ви живете? ".repeat(30)));
    assertThat(new ScriptLoader().check(script).notes())
        .filteredOn(n -> n.kind() == TextNote.Kind.TOO_LONG).singleElement()
        .satisfies(n -> assertThat(n.toString()).contains("[uk]", "label : 419 caractères, 304 au plus"));
  }
}
