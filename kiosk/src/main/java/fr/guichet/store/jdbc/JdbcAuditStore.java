package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.audit.AuditStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@link AuditStore} on the {@code audit_log} table; rows are written by {@link AuditLog}. */
final class JdbcAuditStore implements AuditStore {
  private final Database db;
  private final Clock clock;

  JdbcAuditStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void record(Actor actor, String action, UUID sessionId, String detail) {
    Instant now = clock.instant();
    db.write("audit", c -> {
      AuditLog.append(c, now, actor, action, sessionId, detail == null ? "" : detail);
      return null;
    });
  }

  @Override
  public Optional<AuditEntry> firstBroken() {
    return db.read("verify audit", AuditLog::firstBroken);
  }

  @Override
  public List<AuditEntry> trail(UUID sessionId) {
    return db.read("audit trail", c -> AuditLog.forSession(c, sessionId));
  }

  @Override
  public long count() {
    return db.read("count audit", c -> {
      try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM audit_log")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
