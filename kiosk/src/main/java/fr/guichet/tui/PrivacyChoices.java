package fr.guichet.tui;

import java.util.UUID;
import fr.guichet.store.Actor;

/**
 * What the person chose on the kiosk's privacy screens: keep the answers to resume later, and let
 * the CCAS services see them. Recorded with the session when it is created.
 */
public record PrivacyChoices(boolean keepForLater, boolean shareWithServices) {

  /** Where the choices are recorded (the store's personal data, in the application). */
  @FunctionalInterface
  public interface Recorder {
    void record(UUID sessionId, PrivacyChoices choices, Actor actor);
  }
}
