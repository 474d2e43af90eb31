package fr.guichet.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.store.Actor;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.TamperedDataException;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.personal.NameKey;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * SQL for the {@code identities} table: the identity sealed as one JSON value (associated data
 * {@code identity|session}), and its blind index, HMAC of {@link NameKey#of} under the data key,
 * recomputed when the birth date changes and at key rotation.
 */
final class IdentityRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IdentityRows() {}

  static void put(Connection c, DataKey key, UUID sessionId, Identity identity,
      Optional<LocalDate> birthDate, Actor actor, Instant now) throws SQLException {
    PersonalRows.exec(c, "INSERT INTO identities (session_id, identity_sealed, blind_index,"
        + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE"
        + " SET identity_sealed = excluded.identity_sealed, blind_index = excluded.blind_index,"
        + " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
        sessionId.toString(), key.seal(json(identity), data(sessionId)),
        index(key, identity, birthDate), now.toEpochMilli(), actor.user());
  }

  static Optional<Identity> get(Connection c, DataKey key, UUID sessionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT identity_sealed FROM identities WHERE session_id = ?")) {
      ps.setString(1, sessionId.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(open(key, sessionId, rs.getBytes(1))) : Optional.empty();
      }
    }
  }

  /** The sessions whose blind index matches; the caller audits the search. */
  static List<UUID> find(Connection c, DataKey key, String nom, LocalDate birthDate)
      throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT session_id FROM identities WHERE blind_index = ?")) {
      ps.setBytes(1, key.mac(NameKey.of(nom, birthDate)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(UUID.fromString(rs.getString(1)));
        }
      }
    }
    return ids;
  }

  /** Recomputes one session's index (its birth date changed), if it has an identity. */
  static void reindex(Connection c, DataKey key, UUID sessionId, Optional<LocalDate> birthDate)
      throws SQLException {
    Optional<Identity> identity = get(c, key, sessionId);
    if (identity.isPresent()) {
      PersonalRows.exec(c, "UPDATE identities SET blind_index = ? WHERE session_id = ?",
          index(key, identity.get(), birthDate), sessionId.toString());
    }
  }

  /** Key rotation: every identity re-sealed and re-indexed under {@code next}. */
  static void reseal(Connection c, DataKey old, DataKey next, SecondFactors factors)
      throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT session_id FROM identities");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(UUID.fromString(rs.getString(1)));
      }
    }
    for (UUID id : ids) {
      Identity identity = get(c, old, id).orElseThrow();
      Optional<LocalDate> birthDate = factors.birthDate(c, old, id);
      PersonalRows.exec(c, "UPDATE identities SET identity_sealed = ?, blind_index = ?"
          + " WHERE session_id = ?", next.seal(json(identity), data(id)),
          index(next, identity, birthDate), id.toString());
    }
  }

  private static byte[] index(DataKey key, Identity identity, Optional<LocalDate> birthDate) {
    return birthDate.map(day -> key.mac(NameKey.of(identity.nom(), day))).orElse(null);
  }

  private static String json(Identity identity) {
    try {
      return JSON.writeValueAsString(List.of(identity.nom(), identity.prenom(),
          identity.telephone(), identity.courriel()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("identity cannot be written", e);
    }
  }

  private static Identity open(DataKey key, UUID sessionId, byte[] sealed) {
    try {
      String[] parts = JSON.readValue(key.open(sealed, data(sessionId)), String[].class);
      return new Identity(parts[0], parts[1], parts[2], parts[3]);
    } catch (AEADBadTagException e) {
      throw new TamperedDataException(sessionId, "identity", e);
    } catch (JsonProcessingException e) {
      throw new TamperedDataException(sessionId, "identity", e);
    }
  }

  private static byte[] data(UUID sessionId) {
    return ("identity\0" + sessionId).getBytes(StandardCharsets.UTF_8);
  }
}
