package fr.guichet.script.load;

/** One thing wrong in a script file, at a line and column (1-based), with what to do about it. */
public record ScriptProblem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
