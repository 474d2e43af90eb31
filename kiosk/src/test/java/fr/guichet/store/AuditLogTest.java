package fr.guichet.store;

import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import fr.guichet.testing.StoreBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs on every store technology (see {@link StoreBackend}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class AuditLogTest {
  @Parameter String kind;
  StoreBackend backend;
  @TempDir Path dir;

  @BeforeEach
  void openBackend() {
    backend = StoreBackend.of(kind, dir);
  }

  @AfterEach
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }
  final StoreFixture.MutableClock clock = new StoreFixture.MutableClock();

  private UUID writeSomeHistory() {
    try (Stores store = backend.open(clock)) {
      Session s = store.sessions().create("rsa", "1", DESK);
      store.sessions().appendAnswer(s.id(), "date_naissance", "1960-01-01", DESK);
      store.audit().record(DESK, "PRINTED", s.id(), "recu");
      store.sessions().setStatus(s.id(), SessionStatus.TERMINEE, DESK);
      return s.id();
    }
  }

  @Test
  void auditTrail_afterChanges_listsWhoDidWhatWithoutValues() {
    UUID id = writeSomeHistory();
    try (Stores store = backend.open(clock)) {
      assertThat(store.audit().trail(id))
          .extracting(AuditEntry::action, AuditEntry::detail, AuditEntry::actor,
              AuditEntry::terminal)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("SESSION_CREATED", "", "m.durand", "accueil-1"),
              org.assertj.core.groups.Tuple.tuple("ANSWER_SET", "date_naissance", "m.durand",
                  "accueil-1"),
              org.assertj.core.groups.Tuple.tuple("PRINTED", "recu", "m.durand", "accueil-1"),
              org.assertj.core.groups.Tuple.tuple("STATUS_TERMINEE", "", "m.durand", "accueil-1"));
      assertThat(store.audit().firstBroken()).isEmpty();
    }
  }

  @Test
  void verifyAudit_whenAnEntryIsEditedBehindTheStoresBack_returnsThatEntry() throws SQLException {
    writeSomeHistory();
    backend.dropTrigger("audit_log_no_update", "audit_log");
    try (Connection c = jdbc(); Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("UPDATE audit_log SET actor = 'intrus' WHERE seq = 2"))
          .isEqualTo(1);
    }
    try (Stores store = backend.open(clock)) {
      assertThat(store.audit().firstBroken()).hasValueSatisfying(e -> {
        assertThat(e.seq()).isEqualTo(2);
        assertThat(e.actor()).isEqualTo("intrus");
      });
    }
  }

  @Test
  void verifyAudit_whenAnEntryIsDeleted_returnsTheNextOne() throws SQLException {
    writeSomeHistory();
    backend.dropTrigger("audit_log_no_delete", "audit_log");
    try (Connection c = jdbc(); Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
    }
    try (Stores store = backend.open(clock)) {
      assertThat(store.audit().firstBroken()).map(AuditEntry::seq).contains(3L);
    }
  }

  @Test
  void auditLog_whenUpdatedThroughSql_isRefusedByTrigger() throws SQLException {
    writeSomeHistory();
    try (Connection c = jdbc(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void audit_whenDetailLooksLikePersonalData_isRejected() {
    try (Stores store = backend.open(clock)) {
      assertThatThrownBy(() -> store.audit().record(DESK, "VIEWED", null, "Jean Dupont"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.audit().record(DESK, "vu par Jean", null, ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private Connection jdbc() throws SQLException {
    return backend.raw();
  }
}
