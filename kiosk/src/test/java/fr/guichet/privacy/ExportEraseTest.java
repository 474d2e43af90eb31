package fr.guichet.privacy;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.personal.DocumentStatus;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.PersonalDataStore;
import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import fr.guichet.testing.HandClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
class ExportEraseTest {
  private static final Actor DESK = new Actor("a.martin", "bureau-2");
  private static final Actor CHEF = new Actor("chef", "bureau-1");
  private static final String NAME = "Ginette Quatrefages";
  private static final String BIRTH = "1947-11-23";
  private static final String AMOUNT = "8763.19";
  private static final String NOTE = "Attend la notification de la CAF, rappeler Ginette";

  @Parameter String kind;
  @TempDir Path dir;
  StoreBackend backend;

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
  final HandClock clock = new HandClock(Instant.parse("2026-03-02T09:00:00Z"));

  private Stores open() {
    return backend.open(clock, StoreSettings.defaults());
  }

  /** The person's session, with answers changed once, a note, a document, consents. */
  private UUID fullSession(Stores store) {
    Session s = store.sessions().create("accueil-ccas", "3", DESK);
    store.sessions().appendAnswer(s.id(), "nom", NAME, DESK);
    store.sessions().appendAnswer(s.id(), "date_naissance", BIRTH, DESK);
    store.sessions().appendAnswer(s.id(), "salaire_m1", "100.00", DESK);
    store.sessions().appendAnswer(s.id(), "salaire_m1", AMOUNT, DESK);
    store.sessions().appendAnswer(s.id(), "handicap_reconnu", "oui", DESK);
    store.sessions().clearAnswer(s.id(), "handicap_reconnu", DESK);
    store.resumes().setSecondFactor(s.id(), LocalDate.parse(BIRTH));
    PersonalDataStore data = store.personal();
    data.setConsents(s.id(), true, false, DESK);
    data.addNote(s.id(), NoteKind.SOCIAL, NOTE, DESK);
    data.setDocumentStatus(s.id(), "avis_imposition", DocumentStatus.State.RECU, DESK);
    data.setIdentity(s.id(), new Identity("Lefèvre-Martin", "Zoé", "", ""), DESK);
    store.visits().startVisit(s.id(), DESK, "pimms-centre", "MEDIATEUR", LocalDate.parse("2026-03-02"));
    store.sessions().setStatus(s.id(), SessionStatus.TERMINEE, DESK);
    return s.id();
  }

  @Test
  void export_containsEverythingWritten_andIsAudited() throws Exception {
    UUID id;
    try (Stores store = open()) {
      id = fullSession(store);
    }
    try (Stores store = open()) {
      SessionRecord r = store.personal().export(id, CHEF).orElseThrow();
      assertThat(r.answers()).containsExactly(Map.entry("nom", NAME),
          Map.entry("date_naissance", BIRTH), Map.entry("salaire_m1", AMOUNT));
      assertThat(r.history()).hasSize(6);
      assertThat(r.consentSave()).contains(true);
      assertThat(r.consentShare()).contains(false);
      assertThat(r.birthDate()).contains(LocalDate.parse(BIRTH));
      assertThat(r.notes()).extracting(SessionRecord.Note::text).containsExactly(NOTE);
      assertThat(r.documents()).extracting(DocumentStatus::documentId)
          .containsExactly("avis_imposition");
      assertThat(r.identity()).contains(new Identity("Lefèvre-Martin", "Zoé", "", ""));
      assertThat(r.visits()).extracting(v -> v.site()).containsExactly("pimms-centre");
      assertThat(r.auditTrail()).last().extracting(AuditEntry::action, AuditEntry::actor)
          .containsExactly("EXPORTED", "chef");

      JsonNode json = new ObjectMapper().readTree(new SessionExport().toJson(r, clock.instant()));
      assertThat(json.path("reponses").path("salaire_m1").asText()).isEqualTo(AMOUNT);
      assertThat(json.path("historique_des_reponses")).extracting(n -> n.path("valeur").asText())
          .containsExactly(NAME, BIRTH, "100.00", AMOUNT, "oui", "");
      assertThat(json.path("historique_des_reponses").get(5).path("effacee").asBoolean()).isTrue();
      assertThat(json.path("notes").get(0).path("texte").asText()).isEqualTo(NOTE);
      assertThat(json.path("documents").get(0).path("document").asText())
          .isEqualTo("avis_imposition");
      assertThat(json.path("identite").path("nom").asText()).isEqualTo("Lefèvre-Martin");
      assertThat(json.path("visites").get(0).path("site").asText()).isEqualTo("pimms-centre");
      assertThat(json.path("choix_de_la_personne").path("enregistrer_pour_reprendre").asBoolean())
          .isTrue();
      assertThat(json.path("date_naissance_pour_reprise").asText()).isEqualTo(BIRTH);
      assertThat(json.path("dossier").path("code").asText())
          .isEqualTo(r.session().resumeCode().toString());
      assertThat(json.path("journal").size()).isEqualTo(r.auditTrail().size());
    }
  }

  @Test
  void erase_leavesNoTraceInTheRawFiles_andKeepsOtherSessions() throws Exception {
    UUID erased;
    UUID kept;
    try (Stores store = open()) {
      erased = fullSession(store);
      kept = store.sessions().create("accueil-ccas", "3", DESK).id();
      store.sessions().appendAnswer(kept, "nom", "Marcel Dupuis", DESK);
    }
    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (byte[] sealed : sealedBlobs(erased)) {
      needles.add(backend.asStored(sealed));
      names.add("sealed value");
    }
    for (String secret : new String[] {NAME, "Quatrefages", BIRTH, AMOUNT, NOTE}) {
      for (byte[] b : RawFiles.encodings(secret)) {
        needles.add(b);
        names.add(secret);
      }
    }
    assertThat(needles).hasSizeGreaterThan(15);
    // the search finds what is there: the sealed values are in the files before the erasure
    assertThat(RawFiles.find(backend, needles, names)).filteredOn(f -> f.startsWith("sealed value"))
        .hasSize(8);

    try (Stores store = open()) {
      PersonalDataStore.Erasure done = store.personal().erase(erased, CHEF);
      assertThat(done).isEqualTo(new PersonalDataStore.Erasure(true, true));
      assertThat(RawFiles.find(backend, needles, names)).isEmpty();
      assertThat(store.sessions().find(erased)).isEmpty();
      assertThat(store.sessions().currentAnswers(kept)).containsExactly(Map.entry("nom", "Marcel Dupuis"));
      assertThat(store.audit().trail(erased)).last()
          .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::detail)
          .containsExactly("SESSION_ERASED", "chef", "");
      assertThat(store.audit().firstBroken()).isEmpty();
      assertThat(store.personal().export(erased, CHEF)).isEmpty();
    }
    assertThat(RawFiles.find(backend, needles, names)).isEmpty();
    try (Connection c = jdbc()) {
      for (String table : new String[] {"answer_events", "notes", "document_status"}) {
        assertThat(count(c, "SELECT COUNT(*) FROM " + table + " WHERE session_id = ?", erased))
            .as(table).isZero();
      }
      assertThat(count(c, "SELECT COUNT(*) FROM sessions WHERE id = ?", erased)).isZero();
    }
  }

  @Test
  void notes_afterKeyRotation_stillOpen() {
    try (Stores store = open()) {
      UUID id = fullSession(store);
      store.keys().rotate(CHEF);
      assertThat(store.personal().notes(id, java.util.EnumSet.allOf(NoteKind.class), CHEF)).extracting(SessionRecord.Note::text)
          .containsExactly(NOTE);
    }
  }

  private List<byte[]> sealedBlobs(UUID id) throws Exception {
    List<byte[]> blobs = new ArrayList<>();
    try (Connection c = jdbc()) {
      for (String sql : new String[] {
          "SELECT value_sealed FROM answer_events WHERE session_id = ? AND value_sealed IS NOT NULL",
          "SELECT body_sealed FROM notes WHERE session_id = ?",
          "SELECT second_factor_sealed FROM sessions WHERE id = ?",
          "SELECT second_factor_mac FROM sessions WHERE id = ?"}) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, id.toString());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              blobs.add(rs.getBytes(1));
            }
          }
        }
      }
    }
    assertThat(blobs).hasSize(8);
    return blobs;
  }

  private Connection jdbc() throws Exception {
    return backend.raw();
  }

  private static long count(Connection c, String sql, UUID id) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
