package fr.guichet.config;

import java.util.Objects;

/** One thing wrong in a configuration file, at its place, said in French for the installer. */
public record ConfigProblem(String file, int line, int column, String message) {
  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code /etc/guichet/guichet.yaml:4:3: message}, as compilers and editors read it. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
