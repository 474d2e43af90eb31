package fr.guichet.script.load;

import java.util.List;

/** A script that cannot be used, with every problem found in it. */
public final class ScriptLoadException extends RuntimeException {

  private final List<ScriptProblem> problems;

  public ScriptLoadException(List<ScriptProblem> problems) {
    super(problems.size() + " problem(s) in script: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<ScriptProblem> problems() {
    return problems;
  }
}
