package fr.guichet.store;

import fr.guichet.store.key.KeyFile;
import fr.guichet.store.key.TamperedDataException;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.throttle.ResumeOutcome;
import static fr.guichet.store.StoreFixture.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
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
class EncryptionAtRestTest {
  @Parameter String kind;
  StoreBackend backend;
  private static final String NAME = "Ginette Quatrefages";
  private static final String BIRTH = "1947-11-23";
  private static final String AMOUNT = "8763.19";

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

  @Test
  void rawDatabaseFiles_afterWritingPersonalData_containNoneOfItInClear() throws IOException {
    try (Stores store = backend.open(clock)) {
      Session s = store.sessions().create("rsa", "1", DESK);
      store.sessions().appendAnswer(s.id(), "nom", NAME, DESK);
      store.sessions().appendAnswer(s.id(), "date_naissance", BIRTH, DESK);
      store.sessions().appendAnswer(s.id(), "conjoint.salaire_m1", AMOUNT, DESK);
      store.resumes().setSecondFactor(s.id(), LocalDate.parse(BIRTH));
      // the store is still open: the WAL file holds the recent pages
      assertNoPersonalDataIn(backend);
      assertThat(store.sessions().currentAnswers(s.id())).containsValues(NAME, BIRTH, AMOUNT);
    }
    assertNoPersonalDataIn(backend);
  }

  /** SQLite: the database file and its WAL; PostgreSQL: a pg_dump of the database. */
  private static void assertNoPersonalDataIn(StoreBackend backend) throws IOException {
    int searched = 0;
    String f = backend.kind();
    {
      for (byte[] raw : backend.rawBytes()) {
        searched += raw.length;
        // pg_dump writes sealed bytes as hex text, where four digits can occur by chance
        String[] secrets = f.equals("sqlite")
            ? new String[] {NAME, "Quatrefages", BIRTH, "19471123", "23/11/1947", AMOUNT, "8763"}
            : new String[] {NAME, "Quatrefages", BIRTH, "19471123", "23/11/1947", AMOUNT};
        for (String secret : secrets) {
          for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_8,
              StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertThat(indexOf(raw, secret.getBytes(cs))).as("%s in %s", secret, f).isEqualTo(-1);
          }
        }
      }
    }
    assertThat(searched).as("bytes searched").isGreaterThan(3_000);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void currentAnswers_whenCiphertextByteFlipped_namesSessionAndKeyButNotValue() throws Exception {
    UUID id;
    try (Stores store = backend.open(clock)) {
      id = store.sessions().create("rsa", "1", DESK).id();
      store.sessions().appendAnswer(id, "conjoint.salaire_m1", AMOUNT, DESK);
    }
    try (Connection c = jdbc()) {
      byte[] sealed = sealedValue(c, id, 1);
      sealed[sealed.length - 20] ^= 0x01;
      update(c, "UPDATE answer_events SET value_sealed = ? WHERE session_id = ? AND seq = 1",
          sealed, id.toString());
    }
    try (Stores store = backend.open(clock)) {
      assertThatThrownBy(() -> store.sessions().currentAnswers(id))
          .isInstanceOf(TamperedDataException.class)
          .hasMessageContaining(id.toString())
          .hasMessageContaining("conjoint.salaire_m1")
          .hasMessageNotContaining(AMOUNT)
          .extracting(e -> ((StoreException) e).userMessage()).asString()
          .contains(id.toString(), "conjoint.salaire_m1", "modifiée");
    }
  }

  @Test
  void currentAnswers_whenCiphertextsSwappedBetweenRows_detectsIt() throws Exception {
    UUID a;
    UUID b;
    try (Stores store = backend.open(clock)) {
      a = store.sessions().create("rsa", "1", DESK).id();
      b = store.sessions().create("rsa", "1", new Actor("x", "poste-2")).id();
      store.sessions().appendAnswer(a, "revenus", "100", DESK);
      store.sessions().appendAnswer(b, "revenus", "9000", new Actor("x", "poste-2"));
    }
    try (Connection c = jdbc()) {
      byte[] fromB = sealedValue(c, b, 1);
      update(c, "UPDATE answer_events SET value_sealed = ? WHERE session_id = ? AND seq = 1",
          fromB, a.toString());
    }
    try (Stores store = backend.open(clock)) {
      assertThatThrownBy(() -> store.sessions().currentAnswers(a)).isInstanceOf(TamperedDataException.class);
      assertThat(store.sessions().currentAnswers(b)).containsExactly(Map.entry("revenus", "9000"));
    }
  }

  @Test
  void open_whenKeyFileMissing_refusesWithClearMessage() throws IOException {
    try (Stores store = backend.open(clock)) {
      store.sessions().create("rsa", "1", DESK);
    }
    Files.delete(dir.resolve("guichet.key"));
    assertThatThrownBy(() -> backend.open(clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("missing")
        .extracting(e -> ((StoreException) e).userMessage()).asString()
        .contains("introuvable", "guichet.key");
  }

  @Test
  void open_whenKeyFileFromAnotherInstallation_refusesWithClearMessage(@TempDir Path other)
      throws IOException {
    try (Stores store = backend.open(clock)) {
      store.sessions().create("rsa", "1", DESK);
    }
    try (StoreBackend elsewhere = StoreBackend.of(kind, other)) {
      elsewhere.open(clock).close();
      Files.copy(other.resolve("guichet.key"), dir.resolve("guichet.key"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThatThrownBy(() -> backend.open(clock))
        .isInstanceOf(StoreException.class)
        .extracting(e -> ((StoreException) e).userMessage()).asString()
        .contains("ne correspond pas");
  }

  @Test
  void keyFile_whenCreated_isOwnerReadWriteOnly() throws IOException {
    backend.open(clock).close();
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("guichet.key")))).isEqualTo("rw-------");
  }

  @Test
  void rotateKey_reencryptsEverythingAndANewStoreReadsItWithTheNewKeyFile() throws IOException {
    UUID id;
    LocalDate born = LocalDate.parse(BIRTH);
    byte[] oldKey = Files.readAllBytes(createStore());
    try (Stores store = backend.open(clock)) {
      Session s = store.sessions().create("rsa", "1", DESK);
      id = s.id();
      for (int i = 0; i < 1200; i++) {
        store.sessions().appendAnswer(id, "q" + (i % 700), "valeur " + i, DESK);
      }
      store.resumes().setSecondFactor(id, born);
      Map<String, String> before = store.sessions().currentAnswers(id);
      store.sessions().release(id, DESK.terminalId());

      store.keys().rotate(DESK);

      assertThat(store.sessions().currentAnswers(id)).isEqualTo(before);
    }
    assertThat(Files.readAllBytes(dir.resolve("guichet.key"))).isNotEqualTo(oldKey);
    assertThat(Files.exists(dir.resolve(KeyFile.NEXT_FILE_NAME))).isFalse();
    try (Stores store = backend.open(clock)) {
      assertThat(store.sessions().currentAnswers(id)).hasSize(700).containsEntry("q0", "valeur 700");
      Session s = store.sessions().find(id).orElseThrow();
      assertThat(store.resumes().resumeWithBirthDate(s.resumeCode(), born, "borne-1"))
          .isInstanceOf(ResumeOutcome.Resumed.class);
      assertThat(store.audit().firstBroken()).isEmpty();
    }
  }

  private Path createStore() {
    backend.open(clock).close();
    return dir.resolve("guichet.key");
  }

  @Test
  void rotateKey_byOneStore_isPickedUpByAnotherOpenStore() {
    try (Stores a = backend.open(clock);
        Stores b = backend.open(clock)) {
      Session s = a.sessions().create("rsa", "1", DESK);
      a.sessions().appendAnswer(s.id(), "k", "avant", DESK);
      b.keys().rotate(new Actor("resp", "poste-9"));
      a.sessions().appendAnswer(s.id(), "k2", "après", DESK);
      assertThat(b.sessions().currentAnswers(s.id())).containsExactly(
          Map.entry("k", "avant"), Map.entry("k2", "après"));
    }
  }

  @Test
  void open_afterCrashBetweenCommitAndKeyRename_finishesTheRotation() throws IOException {
    UUID id;
    try (Stores store = backend.open(clock)) {
      id = store.sessions().create("rsa", "1", DESK).id();
      store.sessions().appendAnswer(id, "k", "v", DESK);
      store.keys().rotate(DESK);
    }
    // simulate the crash: the committed key is still only in the "next" file
    Path key = dir.resolve("guichet.key");
    Files.move(key, dir.resolve(KeyFile.NEXT_FILE_NAME));
    Files.writeString(key, "guichet-key-v1 " + java.util.Base64.getEncoder()
        .encodeToString(new byte[32]) + "\n");
    try (Stores store = backend.open(clock)) {
      assertThat(store.sessions().currentAnswers(id)).containsExactly(Map.entry("k", "v"));
    }
    assertThat(Files.exists(dir.resolve(KeyFile.NEXT_FILE_NAME))).isFalse();
  }

  private Connection jdbc() throws SQLException {
    return backend.raw();
  }

  private static byte[] sealedValue(Connection c, UUID id, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT value_sealed FROM answer_events WHERE session_id = ? AND seq = ?")) {
      ps.setString(1, id.toString());
      ps.setLong(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }
}
