package fr.guichet.script.load;

import fr.guichet.expr.ExpressionProblem;
import java.util.List;

/** Collects the problems of one file, placing each at the position of a JSON pointer. */
final class Problems {

  private final String fileName;
  private final SourceMap sourceMap;
  private final List<ScriptProblem> list;
  private final java.util.Set<String> mistyped = new java.util.HashSet<>();

  Problems(String fileName, SourceMap sourceMap, List<ScriptProblem> list) {
    this.fileName = fileName;
    this.sourceMap = sourceMap;
    this.list = list;
  }

  void at(String pointer, String message) {
    int[] position = sourceMap.position(pointer);
    list.add(new ScriptProblem(fileName, position[0], position[1], message));
  }

  /** A problem inside an expression: placed at the offending character of the expression. */
  void inExpression(String pointer, ExpressionProblem problem) {
    int[] position = sourceMap.positionInside(pointer, problem.offset());
    list.add(new ScriptProblem(fileName, position[0], position[1], problem.message()));
  }

  /** An unknown key, placed on the key itself; remembered so that its fallout is not reported twice. */
  void unknownKey(String objectPointer, String key, String suggestion) {
    int[] position = sourceMap.position(objectPointer + "/" + key + "#key");
    list.add(new ScriptProblem(fileName, position[0], position[1],
        "clé inconnue « " + key + " »" + (suggestion == null ? "" : " — vouliez-vous dire « " + suggestion + " » ?")));
    if (suggestion != null) mistyped.add(objectPointer + "/" + suggestion);
  }

  /** Whether a key is missing because it was mistyped (already reported). */
  boolean mistyped(String pointer) {
    return mistyped.contains(pointer);
  }

  boolean any() {
    return !list.isEmpty();
  }
}
