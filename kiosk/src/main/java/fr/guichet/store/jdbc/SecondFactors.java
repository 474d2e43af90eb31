package fr.guichet.store.jdbc;

import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.TamperedDataException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * The birth date asked at the kiosk, kept two ways: an HMAC-SHA256 under a key derived from the
 * data key (what the check compares, in constant time) and the date sealed with AES-GCM, which
 * only key rotation opens, to compute the HMAC under the new key.
 */
final class SecondFactors {
  static final String FIELD = "second_factor";

  SessionRows.SecondFactor seal(DataKey key, UUID sessionId, LocalDate birthDate) {
    String iso = birthDate.toString();
    return new SessionRows.SecondFactor(key.mac(macInput(sessionId, iso)),
        key.seal(iso, associatedData(sessionId)));
  }

  boolean matches(Connection c, DataKey key, UUID sessionId, LocalDate birthDate)
      throws SQLException {
    Optional<SessionRows.SecondFactor> stored = SessionRows.secondFactor(c, sessionId);
    if (stored.isEmpty()) {
      return false;
    }
    byte[] expected = key.mac(macInput(sessionId, birthDate.toString()));
    return MessageDigest.isEqual(expected, stored.get().mac());
  }

  /** The recorded birth date, opened (for the person's export), if there is one. */
  Optional<LocalDate> birthDate(Connection c, DataKey key, UUID sessionId) throws SQLException {
    Optional<SessionRows.SecondFactor> stored = SessionRows.secondFactor(c, sessionId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(key.open(stored.get().sealed(),
          associatedData(sessionId))));
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(sessionId, FIELD, e);
    }
  }

  /** Re-keys one session's second factor: opens it under {@code from}, seals under {@code to}. */
  void reseal(Connection c, DataKey from, DataKey to, UUID sessionId) throws SQLException {
    SessionRows.SecondFactor stored = SessionRows.secondFactor(c, sessionId).orElseThrow();
    String iso;
    try {
      iso = from.open(stored.sealed(), associatedData(sessionId));
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(sessionId, FIELD, e);
    }
    SessionRows.setSecondFactor(c, sessionId, seal(to, sessionId, LocalDate.parse(iso)));
  }

  private static String macInput(UUID sessionId, String isoDate) {
    return "second-factor\0" + sessionId + "\0" + isoDate;
  }

  private static byte[] associatedData(UUID sessionId) {
    return ("second-factor\0" + sessionId).getBytes(StandardCharsets.UTF_8);
  }
}
