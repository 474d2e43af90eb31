package fr.guichet.engine;

import java.util.List;

/**
 * What happened to saved answers when an interview was resumed, possibly on a newer version of
 * its script: answers to questions that were removed or changed are set aside, never guessed.
 */
public record ResumeReport(String savedVersion, String currentVersion, int restored, List<SetAside> setAside) {

  public ResumeReport {
    setAside = List.copyOf(setAside);
  }

  /** A saved answer that could not be used, and why (in French). */
  public record SetAside(String key, String reason) {}

  public boolean versionChanged() {
    return savedVersion != null && !savedVersion.equals(currentVersion);
  }
}
