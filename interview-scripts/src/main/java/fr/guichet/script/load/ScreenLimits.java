package fr.guichet.script.load;

/**
 * How long a text may be and still fit the kiosk's 80×24 screen with its other lines (section,
 * progress, choices, keys): the question in four lines of 76 characters, a choice on one line,
 * the help in six lines, a title and a refusal message in one and two lines.
 */
final class ScreenLimits {

  static final int LINE = 76;

  private ScreenLimits() {}

  /** The most characters a text at this pointer may have; its place is told by its last keys. */
  static int at(String pointer) {
    if (pointer.matches(".*/choices/\\d+/label")) return LINE - 6;
    if (pointer.endsWith("/help")) return 6 * LINE;
    if (pointer.endsWith("/title")) return LINE;
    if (pointer.endsWith("/message") || pointer.endsWith("/pattern_message")) return 2 * LINE;
    if (pointer.startsWith("/household")) return 40;
    return 4 * LINE;
  }
}
