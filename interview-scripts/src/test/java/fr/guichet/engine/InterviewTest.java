package fr.guichet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTest {

  private static String asked(Interview interview) {
    return interview.current().map(QuestionView::key).orElse("<fin>");
  }

  private static void answer(Interview interview, String raw) {
    Outcome outcome = interview.submit(raw);
    assertThat(outcome).as("answer %s to %s", raw, outcome).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void household_whenCoupleWithTwoChildren_asksEachMemberInTurn() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    List<String> keys = new ArrayList<>();
    String[] answers = {"oui", "2", "12/05/1980", "1 200", "03/04/1982", "800,50", "01/09/2010", "15/01/2015", "1", "650", "1,2"};
    for (String raw : answers) {
      keys.add(asked(interview));
      answer(interview, raw);
    }
    keys.add(asked(interview));
    assertThat(keys).containsExactly("en_couple", "nb_enfants", "demandeur.naissance", "demandeur.revenu",
        "conjoint.naissance", "conjoint.revenu", "enfant1.naissance", "enfant2.naissance", "statut", "loyer", "besoins",
        "aide_alimentaire");
    assertThat(interview.computedValues())
        .containsEntry("taille_foyer", new BigDecimal("4"))
        .containsEntry("revenus_foyer", new BigDecimal("2000.50"))
        .containsEntry("enfant2.age", new BigDecimal("11"));
  }

  @Test
  void label_whenAskedForMember_namesTheMemberOrUsesRoleWording() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    answer(interview, "oui");
    answer(interview, "0");
    assertThat(interview.current().orElseThrow().label()).isEqualTo("Quelle est votre date de naissance ?");
    answer(interview, "12/05/1980");
    answer(interview, "1000");
    assertThat(interview.current().orElseThrow().label()).isEqualTo("Date de naissance de votre conjoint(e)");
  }

  @Test
  void submit_whenAnswerDoesNotFit_isRejectedInFrenchAndNothingChanges() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    answer(interview, "non");
    Outcome outcome = interview.submit("beaucoup");
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcome).message()).contains("nombre entier");
    assertThat(asked(interview)).isEqualTo("nb_enfants");
    assertThat(interview.answers()).containsOnlyKeys("en_couple");
    assertThat(((Outcome.Rejected) interview.submit("9")).message()).isEqualTo("Le nombre doit être au plus 6.");
  }

  @Test
  void check_whenChildOlderThanParent_isRejectedWithTheScriptMessage() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    answer(interview, "non");
    answer(interview, "1");
    answer(interview, "12/05/1980");
    answer(interview, "1000");
    Outcome outcome = interview.submit("01/01/1975");
    assertThat(outcome).isEqualTo(new Outcome.Rejected("enfant1.naissance", "Un enfant ne peut pas être plus âgé que vous."));
    assertThat(asked(interview)).isEqualTo("enfant1.naissance");
    answer(interview, "01/01/2012");
  }

  @Test
  void dontKnow_whenAllowed_isAnAnswerAndReadsAsUnknown() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    answer(interview, "non");
    answer(interview, "0");
    answer(interview, "je ne sais pas");
    assertThat(interview.answers().get("demandeur.naissance")).isInstanceOf(fr.guichet.script.Answer.DontKnow.class);
    assertThat(interview.computedValues().get("demandeur.age")).isNull();
    answer(interview, "?");
    assertThat(interview.computedValues().get("revenus_foyer")).isNull();
  }

  @Test
  void dontKnow_whenNotAllowed_isRefused() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    assertThat(interview.submit("je ne sais pas")).isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void threeValued_whenUnknownOrTrue_questionIsAskedAndUnknownAndFalseSkipsIt() {
    // aide_alimentaire: has(besoins,'alimentation') || senior. Birth date unknown -> senior unknown.
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"non", "0", "?", "0", "3"}) answer(interview, raw);
    answer(interview, "2"); // besoins = energie only: false || unknown -> unknown -> asked
    assertThat(asked(interview)).isEqualTo("aide_alimentaire");
    interview.jumpTo("demandeur.naissance");
    answer(interview, "01/01/1990"); // senior now false -> false || false
    interview.toEnd();
    assertThat(interview.review().answered()).extracting(Review.Line::key).doesNotContain("aide_alimentaire");
    assertThat(interview.review().complete()).isTrue();
  }

  @Test
  void jump_whenEarlierAnswerChanges_laterAnswersStopApplyingButComeBack() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"non", "0", "01/01/1990", "900", "1", "500"}) answer(interview, raw);
    assertThat(interview.answers()).containsEntry("loyer", new fr.guichet.script.Answer.Amount(new BigDecimal("500.00")));
    interview.jumpTo("statut");
    answer(interview, "2");
    assertThat(interview.answers()).doesNotContainKey("loyer");
    assertThat(interview.computedValues()).isNotNull();
    interview.jumpTo("statut");
    answer(interview, "locataire");
    assertThat(asked(interview)).isEqualTo("loyer");
    assertThat(interview.current().orElseThrow().currentAnswer()).isEqualTo("500 €");
    assertThat(interview.answers()).containsKey("loyer");
  }

  @Test
  void back_goesToPreviousQuestionThatApplies() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"non", "0", "01/01/1990", "900", "2"}) answer(interview, raw);
    assertThat(asked(interview)).isEqualTo("besoins");
    interview.back();
    assertThat(asked(interview)).isEqualTo("statut");
    interview.back();
    assertThat(asked(interview)).isEqualTo("demandeur.revenu");
  }

  @Test
  void multipleChoice_whenExclusiveChoiceCombined_isRefused() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"non", "0", "01/01/1990", "900", "2"}) answer(interview, raw);
    assertThat(interview.submit("1, 3")).isInstanceOf(Outcome.Rejected.class);
    answer(interview, "alimentation, energie");
    assertThat(interview.answers().get("besoins").stored()).isEqualTo("alimentation,energie");
  }

  @Test
  void children_whenCountLowered_extraChildAnswersAreKeptButIgnored() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"non", "2", "01/01/1980", "900", "01/01/2010", "01/01/2012"}) answer(interview, raw);
    interview.jumpTo("nb_enfants");
    answer(interview, "1");
    assertThat(interview.answers()).containsKey("enfant1.naissance").doesNotContainKey("enfant2.naissance");
    assertThat(interview.allAnswers()).containsKey("enfant2.naissance");
    interview.jumpTo("nb_enfants");
    answer(interview, "2");
    assertThat(interview.answers()).containsKey("enfant2.naissance");
  }

  @Test
  void progress_countsQuestionsThatApplyAndAnswered() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    Progress start = interview.progress();
    assertThat(start.position()).isEqualTo(1);
    answer(interview, "oui");
    answer(interview, "1");
    Progress later = interview.progress();
    assertThat(later.position()).isEqualTo(3);
    assertThat(later.answered()).isEqualTo(2);
    assertThat(later.total()).isGreaterThan(start.total());
  }

  @Test
  void resume_whenSavedAnswersReadBack_continuesAtFirstUnansweredQuestion() {
    Interview first = TestScripts.start(TestScripts.HOUSEHOLD);
    for (String raw : new String[] {"oui", "1", "01/01/1980", "?", "02/02/1981"}) answer(first, raw);
    java.util.Map<String, String> saved = new java.util.LinkedHashMap<>();
    first.answers().forEach((key, value) -> saved.put(key, value.stored()));
    Interview.Resumed resumed = Interview.resume(TestScripts.load(TestScripts.HOUSEHOLD), TestScripts.TODAY, TestScripts.COMMUNES, saved, "1");
    assertThat(resumed.report().setAside()).isEmpty();
    assertThat(resumed.interview().current().orElseThrow().key()).isEqualTo("conjoint.revenu");
    assertThat(resumed.interview().answers()).isEqualTo(first.answers());
  }

  @Test
  void view_whenYesNoOrEditing_givesNumberedChoicesAndRetypableAnswers() {
    Interview interview = TestScripts.start(TestScripts.HOUSEHOLD);
    QuestionView first = interview.current().orElseThrow();
    assertThat(first.choices()).extracting(ChoiceView::number, ChoiceView::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "Oui"), org.assertj.core.groups.Tuple.tuple(2, "Non"));
    for (String raw : new String[] {"2", "0", "01/01/1990", "900", "1", "1 234,5", "alimentation, energie"}) answer(interview, raw);
    interview.jumpTo("en_couple");
    assertThat(interview.current().orElseThrow().choices()).extracting(ChoiceView::picked).containsExactly(false, true);
    QuestionView rent = interview.jumpTo("loyer");
    assertThat(rent.currentAnswer()).isEqualTo("1\u00A0234,50 €");
    assertThat(interview.check(rent.currentInput())).isInstanceOf(Outcome.Accepted.class);
    QuestionView needs = interview.jumpTo("besoins");
    assertThat(needs.currentInput()).isEqualTo("alimentation, energie");
    assertThat(((Outcome.Accepted) interview.check(needs.currentInput())).stored()).isEqualTo("alimentation,energie");
  }
}
