package fr.guichet.engine;

import fr.guichet.script.Answer;
import fr.guichet.script.Question;
import fr.guichet.script.MemberRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads saved answers back into an interview. The key says which question (and member); the
 * script of today says how to read the text. What no longer fits is set aside with a reason.
 */
final class SavedAnswers {

  private final InterviewState state;
  private final Map<String, Question> questions = new HashMap<>();
  private final List<String> memberKeys = new ArrayList<>();

  SavedAnswers(InterviewState state) {
    this.state = state;
    for (Question question : state.script.questions()) questions.put(question.id(), question);
    if (state.script.household() != null) {
      for (MemberRole role : state.script.household().roles()) {
        for (int rank = 1; rank <= role.max(); rank++) memberKeys.add(role.memberKey(rank));
      }
    }
  }

  List<ResumeReport.SetAside> restore(Map<String, String> saved) {
    List<ResumeReport.SetAside> setAside = new ArrayList<>();
    saved.forEach((key, stored) -> {
      String reason = restoreOne(key, stored);
      if (reason != null) setAside.add(new ResumeReport.SetAside(key, reason));
    });
    return setAside;
  }

  private String restoreOne(String key, String stored) {
    int dot = key.lastIndexOf('.');
    String memberKey = dot < 0 ? null : key.substring(0, dot);
    Question question = questions.get(dot < 0 ? key : key.substring(dot + 1));
    if (question == null) return "cette question n'existe plus dans le script";
    if (question.perMember() != (memberKey != null) || (memberKey != null && !memberKeys.contains(memberKey))) {
      return "cette question n'est plus posée de la même façon (par personne ou non)";
    }
    try {
      Answer answer = stored.equals(Answer.DONT_KNOW_STORED) ? new Answer.DontKnow() : question.type().restore(stored, state.parseContext);
      if (answer instanceof Answer.DontKnow && !question.allowUnknown()) return "« je ne sais pas » n'est plus accepté pour cette question";
      state.restore(key, answer);
      return null;
    } catch (RuntimeException e) {
      return "la réponse ne correspond plus à la question (type ou choix modifiés)";
    }
  }
}
