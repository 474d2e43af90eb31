package fr.guichet.engine;

import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an interview headless from prepared answers (key to typed text), exactly as a person
 * would type them, and reports what was asked, what was refused and what was concluded.
 */
public final class Replay {

  private static final int MAX_STEPS = 100_000;

  private Replay() {}

  /** A refused answer and the message the person would have seen. */
  public record Rejection(String key, String value, String message) {}

  /** Everything a replay shows. {@code waitingAt} is the first question that had no prepared answer. */
  public record Report(List<String> asked, List<Rejection> rejected, Map<String, String> answers,
      Map<String, Object> computed, boolean finished, String waitingAt, List<String> unused, Interview interview) {
    public Report {
      asked = List.copyOf(asked);
      rejected = List.copyOf(rejected);
    }
  }

  public static Report run(Script script, LocalDate today, CommuneResolver communes, Map<String, String> prepared) {
    return run(script, today, communes, prepared, fr.guichet.script.Text.FRENCH);
  }

  /** The same, the interview shown in {@code language} (refusals and the summary in it). */
  public static Report run(Script script, LocalDate today, CommuneResolver communes, Map<String, String> prepared,
      String language) {
    Interview interview = Interview.start(script, today, communes);
    interview.useLanguage(language);
    List<String> asked = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    String waitingAt = null;
    for (int i = 0; i < MAX_STEPS && !interview.atEnd(); i++) {
      String key = interview.currentKey().orElseThrow();
      if (interview.currentIsInformation()) {
        interview.submit("");
        continue;
      }
      String raw = prepared.get(key);
      if (raw == null) {
        waitingAt = key;
        break;
      }
      used.add(key);
      asked.add(key);
      if (interview.submit(raw) instanceof Outcome.Rejected refusal) {
        rejected.add(new Rejection(key, raw, refusal.message()));
        waitingAt = key;
        break;
      }
    }
    Map<String, String> answers = new LinkedHashMap<>();
    interview.answers().forEach((key, answer) -> answers.put(key, answer.stored()));
    List<String> unused = new ArrayList<>();
    for (String key : prepared.keySet()) if (!used.contains(key)) unused.add(key);
    return new Report(asked, rejected, answers, interview.computedValues(), interview.atEnd(), waitingAt, unused, interview);
  }
}
