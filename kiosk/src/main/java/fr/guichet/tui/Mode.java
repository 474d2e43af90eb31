package fr.guichet.tui;

/** Who sits at the screen: an agent at a desk, or a citizen alone at a self-service kiosk. */
public enum Mode {
  /** Mediator or social worker: resume by code alone, no idle wipe, F12 quits. */
  DESK,
  /** Citizen alone: privacy notice, code plus birth date, idle wipe, exit only with the PIN. */
  KIOSK
}
