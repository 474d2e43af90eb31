package fr.guichet.app;

import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import java.util.Optional;
import java.util.UUID;

/** A session named on the command line by its resume code (any typed form) or its id. */
final class SessionArgument {
  static final String NOT_FOUND = "Aucun dossier avec ce code.";

  private SessionArgument() {}

  static Optional<Session> find(Stores store, String typed) {
    Optional<ResumeCode> code = ResumeCode.parse(typed);
    if (code.isPresent()) {
      return store.sessions().findByCode(code.get());
    }
    return id(typed).flatMap(store.sessions()::find);
  }

  /** The id when {@code typed} is a session UUID (an erased session is known only by it). */
  static Optional<UUID> id(String typed) {
    try {
      return Optional.of(UUID.fromString(typed.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
