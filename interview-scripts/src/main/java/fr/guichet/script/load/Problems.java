package fr.guichet.script.load;

import fr.guichet.expr.ExpressionProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one data file (script, local aids, territory), placing each at the
 * position of a JSON pointer, and refuses the file with all of them at the end.
 */
public final class Problems {

  private final String fileName;
  private final SourceMap sourceMap;
  private final List<ScriptProblem> list = new ArrayList<>();
  private final Set<String> mistyped = new HashSet<>();

  public Problems(String fileName, SourceMap sourceMap) {
    this.fileName = fileName;
    this.sourceMap = sourceMap;
  }

  public void at(String pointer, String message) {
    int[] position = sourceMap.position(pointer);
    list.add(new ScriptProblem(fileName, position[0], position[1], message));
  }

  /** A problem inside an expression: placed at the offending character of the expression. */
  public void inExpression(String pointer, ExpressionProblem problem) {
    int[] position = sourceMap.positionInside(pointer, problem.offset());
    list.add(new ScriptProblem(fileName, position[0], position[1], problem.message()));
  }

  /** An unknown key, placed on the key itself; remembered so that its fallout is not reported twice. */
  public void unknownKey(String objectPointer, String key, String suggestion) {
    int[] position = sourceMap.position(objectPointer + "/" + key + "#key");
    list.add(new ScriptProblem(fileName, position[0], position[1],
        "clé inconnue « " + key + " »" + (suggestion == null ? "" : " — vouliez-vous dire « " + suggestion + " » ?")));
    if (suggestion != null) mistyped.add(objectPointer + "/" + suggestion);
  }

  /** A problem already placed (syntax errors found while reading). */
  public void add(ScriptProblem problem) {
    list.add(problem);
  }

  /** Whether a key is missing because it was mistyped (already reported). */
  public boolean mistyped(String pointer) {
    return mistyped.contains(pointer);
  }

  public boolean any() {
    return !list.isEmpty();
  }

  /** Refuses the file with every problem, in file order, when there is any. */
  public void throwIfAny() {
    if (list.isEmpty()) return;
    List<ScriptProblem> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(ScriptProblem::line).thenComparingInt(ScriptProblem::column));
    throw new ScriptLoadException(sorted);
  }

  /** Line and column (1-based) of the value at this pointer, or of its nearest parent. */
  public int[] position(String pointer) {
    return sourceMap.position(pointer);
  }

  public String fileName() {
    return fileName;
  }
}
