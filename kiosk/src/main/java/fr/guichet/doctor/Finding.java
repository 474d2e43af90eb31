package fr.guichet.doctor;

/** One line of {@code guichet doctor}: what was checked, and either OK or what to do. */
public record Finding(Status status, String subject, String text) {
  /** How a check came out. */
  public enum Status {
    OK("OK      "),
    ACTION("À FAIRE "),
    UNCHECKED("NON VU  ");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  static Finding ok(String subject, String text) {
    return new Finding(Status.OK, subject, text);
  }

  static Finding action(String subject, String text) {
    return new Finding(Status.ACTION, subject, text);
  }

  static Finding unchecked(String subject, String text) {
    return new Finding(Status.UNCHECKED, subject, text);
  }

  /** The line as printed: a fixed-width status, the subject, then the sentence. */
  public String line() {
    return status.label() + subject + " : " + text;
  }
}
