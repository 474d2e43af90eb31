package fr.guichet.config;

import java.util.List;

/** The configuration file cannot be used; every problem found is listed with its place. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super("Configuration refused: " + problems.size() + " problem(s), first at "
        + problems.get(0).file() + ":" + problems.get(0).line());
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
