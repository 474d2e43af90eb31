package fr.guichet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Outcome;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The peer benchmark compares like with like: both engines ask the same questions in the same order. */
class PeerInterviewTest {

  @Test
  void peerInterview_whenWalkedByBothEngines_asksTheSameSixtyQuestions() {
    List<String> guichet = guichetAsked(PeerInterview.answers());
    assertThat(guichet).hasSize(60).doesNotContain("enfant2.revenu", "enfant3.revenu");
    assertThat(JavaRosaWalk.askedKeys(PeerInterview.xform(), PeerInterview.answers())).isEqualTo(guichet);
  }

  @Test
  void peerInterview_whenNotATenantAndSingle_bothEnginesSkipTheSameQuestions() {
    Map<String, String> answers = new LinkedHashMap<>(PeerInterview.answers());
    answers.put("couple", "non");
    answers.put("logement", "2");
    answers.put("demandeur.revenu", "300");
    answers.put("q1_2", "3");
    List<String> guichet = guichetAsked(answers);
    assertThat(guichet).doesNotContain("loyer", "q1_3", "conjoint.naissance").contains("enfant3.m5").hasSize(52);
    assertThat(JavaRosaWalk.askedKeys(PeerInterview.xform(), answers)).isEqualTo(guichet);
  }

  private static List<String> guichetAsked(Map<String, String> answers) {
    Script script = new ScriptLoader().parse("peers-60.yaml", PeerInterview.yaml());
    Interview interview = Interview.start(script, LocalDate.parse(PeerInterview.TODAY), DirectoryCommuneResolver.bundled());
    List<String> asked = new ArrayList<>();
    while (!interview.atEnd()) {
      String key = interview.currentKey().orElseThrow();
      asked.add(key);
      assertThat(interview.submit(answers.get(key))).isInstanceOf(Outcome.Accepted.class);
    }
    return asked;
  }
}
