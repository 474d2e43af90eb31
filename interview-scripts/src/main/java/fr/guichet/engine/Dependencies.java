package fr.guichet.engine;

import fr.guichet.expr.CompiledExpression;
import fr.guichet.script.Computed;
import fr.guichet.script.MemberRole;
import fr.guichet.script.Question;
import fr.guichet.script.Script;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which questions each question's conditions depend on, through computed values, household
 * counts and the conditions of the questions they read: after an answer, only the questions that
 * depend on it are looked at again. Computed once per script.
 */
final class Dependencies {

  private final Map<String, Question> questions = new HashMap<>();
  private final Map<String, Computed> computed = new HashMap<>();
  private final Map<String, Set<String>> memo = new HashMap<>();
  private final Set<String> memberNames = new HashSet<>();
  private final Set<String> countDependencies = new HashSet<>();
  /** Question id -> ids of the questions whose conditions read it, directly or not. */
  private final Map<String, Set<String>> dependents = new HashMap<>();

  /** The last script's dependencies: a kiosk runs one script, so one entry serves every interview. */
  private static volatile Dependencies last;
  private final Script script;

  /** The dependencies of a script, computed once per loaded script. */
  static Dependencies of(Script script) {
    Dependencies cached = last;
    if (cached != null && cached.script == script) return cached;
    cached = new Dependencies(script);
    last = cached;
    return cached;
  }

  private Dependencies(Script script) {
    this.script = script;
    for (Question question : script.questions()) questions.put(question.id(), question);
    for (Computed value : script.computed()) computed.put(value.id(), value);
    if (script.household() != null) {
      memberNames.add(script.household().id());
      for (MemberRole role : script.household().roles()) {
        for (int rank = 1; rank <= role.max(); rank++) memberNames.add(role.memberKey(rank));
      }
      for (MemberRole role : script.household().roles()) {
        if (role.count() != null) countDependencies.addAll(of(role.count()));
      }
    }
    for (Computed value : script.computed()) {
      for (String dependency : of(value.expression())) {
        computedReaders.computeIfAbsent(dependency, k -> new HashSet<>()).add(value.id());
      }
    }
    for (Question question : script.questions()) {
      for (String dependency : ofQuestion(question.id())) {
        if (!dependency.equals(question.id())) {
          dependents.computeIfAbsent(dependency, k -> new HashSet<>()).add(question.id());
        }
      }
    }
  }

  /** Question id -> ids of the computed values that read it, directly or not. */
  private final Map<String, Set<String>> computedReaders = new HashMap<>();

  Map<String, Question> questions() {
    return questions;
  }

  Map<String, Computed> computed() {
    return computed;
  }

  /** Every name a member can have (conjoint, enfant1…), and the household's id. */
  Set<String> memberNames() {
    return memberNames;
  }

  /** Computed values that may change when this question's answer changes. */
  Set<String> computedReading(String questionId) {
    return computedReaders.getOrDefault(questionId, Set.of());
  }

  /** Questions whose applicability may change when this question's answer changes. */
  Set<String> dependentsOf(String questionId) {
    return dependents.getOrDefault(questionId, Set.of());
  }

  /** Whether the household's members may change when this question's answer changes. */
  boolean changesMembers(String questionId) {
    return countDependencies.contains(questionId);
  }

  /** Every question the conditions of this question read, directly or not. */
  private Set<String> ofQuestion(String id) {
    Set<String> cached = memo.get("?" + id);
    if (cached != null) return cached;
    memo.put("?" + id, Set.of());
    Set<String> all = new HashSet<>();
    for (CompiledExpression condition : questions.get(id).conditions()) all.addAll(of(condition));
    memo.put("?" + id, all);
    return all;
  }

  Set<String> of(CompiledExpression expression) {
    Set<String> all = new HashSet<>();
    for (String name : expression.names()) all.addAll(ofName(name));
    if (expression.source().contains("members(")) all.addAll(countDependencies);
    return all;
  }

  private Set<String> ofName(String name) {
    Set<String> cached = memo.get(name);
    if (cached != null) return cached;
    memo.put(name, Set.of());
    Set<String> all = new HashSet<>();
    String field = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
    if (name.contains(".") || memberNames.contains(name)) all.addAll(countDependencies);
    if (questions.containsKey(field)) {
      all.add(field);
      all.addAll(ofQuestion(field));
    } else if (computed.containsKey(field)) {
      all.addAll(of(computed.get(field).expression()));
    }
    memo.put(name, all);
    return all;
  }
}
