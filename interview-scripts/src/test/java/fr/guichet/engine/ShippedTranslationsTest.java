package fr.guichet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.TextNote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippedTranslationsTest {

  private static final ScriptLoader.Checked SHIPPED = new ScriptLoader().checkBundled(ScriptLoader.DEFAULT_SCRIPT);

  @Test
  void defaultInterview_isOfferedInFrenchEnglishUkrainian_withEveryTextTranslatedAndFittingTheScreen() {
    assertThat(SHIPPED.script().languages()).containsExactly("fr", "en", "uk");
    List<TextNote> notes = SHIPPED.notes();
    assertThat(notes).as("missing or too long texts").isEmpty();
  }

  private static Interview in(String language) {
    Interview interview = Interview.start(SHIPPED.script(), TestScripts.TODAY, TestScripts.COMMUNES);
    interview.useLanguage(language);
    return interview;
  }

  /** Walks to the question "how many children" through the first questions, as a person would. */
  private static Interview atChildren(String language) {
    Interview interview = in(language);
    interview.submit("");            // welcome
    interview.submit("1");           // motif
    interview.submit("7");           // nothing urgent
    interview.submit("25056");       // commune (Besançon)
    interview.submit("2");           // not in a couple
    return interview;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|How many children live with you?|Write a whole number, in figures (for example 2).|Write 0 if there are none.",
      "uk|Скільки дітей живе з вами?|Напишіть ціле число цифрами (наприклад, 2).|Напишіть 0, якщо дітей немає.",
      "fr|Combien d'enfants vivent avec vous ?|Écrivez un nombre entier, en chiffres (par exemple 2).|Écrivez 0 si aucun."})
  void question_inEachLanguage_showsItsTextsAndRefusesInThatLanguage(String language, String label, String refusal, String help) {
    Interview interview = atChildren(language);
    QuestionView view = interview.current().orElseThrow();
    assertThat(view.label()).isEqualTo(label);
    assertThat(view.help()).endsWith(help);
    assertThat(((Outcome.Rejected) interview.check("beaucoup")).message()).isEqualTo(refusal);
  }

  @Test
  void yesNo_inUkrainian_showsTakNi_andIsStoredAsOuiNon() {
    Interview interview = atChildren("uk");
    interview.back();
    QuestionView couple = interview.current().orElseThrow();
    assertThat(couple.label()).isEqualTo("Ви живете з партнером або партнеркою?");
    assertThat(couple.choices()).extracting(ChoiceView::label).containsExactly("Так", "Ні");
    Outcome.Accepted accepted = (Outcome.Accepted) interview.check("ні");
    assertThat(accepted.stored()).isEqualTo("non");
    assertThat(accepted.display()).isEqualTo("Ні");
  }

  @Test
  void memberQuestion_inEnglish_namesTheMemberInEnglish() {
    Interview interview = atChildren("en");
    interview.submit("1");           // one child
    interview.submit("0");           // nobody else
    interview.submit("14/03/1985");  // the applicant's birth date
    interview.submit("1");           // French
    interview.submit("1");           // employee
    assertThat(interview.current().orElseThrow().label()).isEqualTo("What is the date of birth of child no. 1?");
  }

  @Test
  void refusal_withoutTranslation_keepsItsFrenchWordsBehindTheMarker() {
    assertThat(EngineTexts.refusal("Un message nouveau.", "uk")).isEqualTo("[fr] Un message nouveau.");
    assertThat(EngineTexts.refusal("Le montant doit être au plus 5 000,00 €.", "en")).isEqualTo("The amount must be at most 5 000,00 €.");
  }
}
