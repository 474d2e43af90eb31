package fr.guichet.session;

/**
 * What the person chose on the kiosk's privacy screens: keep the answers to resume later, and let
 * the CCAS services see them. Recorded with the session when it is created.
 */
public record PrivacyChoices(boolean keepForLater, boolean shareWithServices) {}
