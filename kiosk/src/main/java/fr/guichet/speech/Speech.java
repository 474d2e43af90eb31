package fr.guichet.speech;

/** Reads a text aloud in a language, offline; one text at a time, stopped by the next or by {@link #stop()}. */
public interface Speech {

  /** Whether texts can be read aloud on this machine. */
  boolean available();

  /** Starts reading {@code text} in {@code language} (fr, en, uk…), after stopping what was being read. */
  void say(String text, String language);

  /** Stops reading now; does nothing when nothing is being read. */
  void stop();

  /** Whether a text is being read. */
  boolean speaking();
}
