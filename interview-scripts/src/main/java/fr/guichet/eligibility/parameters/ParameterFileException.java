package fr.guichet.eligibility.parameters;

import java.util.List;

/** A parameter file was refused; carries every problem found, each naming file, line and column. */
public final class ParameterFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ParameterFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
