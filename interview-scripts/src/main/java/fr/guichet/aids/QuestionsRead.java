package fr.guichet.aids;

import fr.guichet.script.Computed;
import fr.guichet.script.Question;
import fr.guichet.script.Script;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The questions a name depends on, through the computed values of the script and of the aids
 * file: {@code quotient_familial} reads {@code ressources_foyer_3m}, which reads every salary.
 */
final class QuestionsRead {

  private final Set<String> questions = new HashSet<>();
  private final Map<String, Set<String>> computedNames = new HashMap<>();

  QuestionsRead(Script script, Map<String, Set<String>> moreComputed) {
    for (Question question : script.questions()) questions.add(question.id());
    for (Computed computed : script.computed()) computedNames.put(computed.id(), computed.expression().names());
    computedNames.putAll(moreComputed);
  }

  /** The question ids these names read, directly or through computed values. */
  Set<String> of(Collection<String> names) {
    Set<String> found = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    for (String name : names) collect(name, found, seen);
    return found;
  }

  private void collect(String name, Set<String> found, Set<String> seen) {
    String field = name.substring(name.lastIndexOf('.') + 1);
    if (!seen.add(field)) return;
    if (questions.contains(field)) found.add(field);
    Set<String> read = computedNames.get(field);
    if (read != null) for (String each : read) collect(each, found, seen);
  }
}
