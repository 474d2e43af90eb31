package fr.guichet.session;

import fr.guichet.engine.Interview;
import fr.guichet.engine.Replay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies prepared answers (key to typed text) to an interview session exactly as a person would
 * type them, each one saved as it is accepted: first the answers that differ from those already
 * saved (changed from the review), then the questions still to answer, in order. This is what
 * {@code guichet replay --save} and {@code --resume} do, through the same session service as the
 * terminal.
 */
public final class SessionReplay {
  private static final int MAX_STEPS = 100_000;

  private SessionReplay() {}

  public static Replay.Report apply(InterviewSession session, Map<String, String> prepared) {
    Interview interview = session.interview();
    List<String> asked = new ArrayList<>();
    List<Replay.Rejection> rejected = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    Map<String, String> saved = new LinkedHashMap<>();
    interview.answers().forEach((key, answer) -> saved.put(key, answer.stored()));
    for (Map.Entry<String, String> e : prepared.entrySet()) {
      String before = saved.get(e.getKey());
      if (before == null || before.equals(e.getValue().strip())) {
        continue;
      }
      used.add(e.getKey());
      asked.add(e.getKey());
      session.edit(e.getKey());
      if (session.submit(e.getValue()) instanceof SessionView.Asking a && a.refused()) {
        rejected.add(new Replay.Rejection(e.getKey(), e.getValue(), a.refusal()));
      }
    }
    for (String key : saved.keySet()) {
      if (prepared.containsKey(key)) {
        used.add(key);
      }
    }
    session.current();
    String waitingAt = null;
    for (int i = 0; i < MAX_STEPS && !interview.atEnd() && rejected.isEmpty(); i++) {
      String key = interview.currentKey().orElseThrow();
      if (interview.currentIsInformation()) {
        session.submit("");
        continue;
      }
      String raw = prepared.get(key);
      if (raw == null) {
        waitingAt = key;
        break;
      }
      used.add(key);
      asked.add(key);
      if (session.submit(raw) instanceof SessionView.Asking a && a.refused()) {
        rejected.add(new Replay.Rejection(key, raw, a.refusal()));
        waitingAt = key;
        break;
      }
    }
    Map<String, String> answers = new LinkedHashMap<>();
    interview.answers().forEach((key, answer) -> answers.put(key, answer.stored()));
    List<String> unused = new ArrayList<>();
    for (String key : prepared.keySet()) {
      if (!used.contains(key)) {
        unused.add(key);
      }
    }
    return new Replay.Report(asked, rejected, answers, interview.computedValues(),
        interview.atEnd(), waitingAt, unused, interview);
  }
}
