package fr.guichet.app;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreSettings;
import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static fr.guichet.app.AccountsCommandTest.CHEF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCommandsTest {
  private static final Actor DESK = new Actor("m.durand", "accueil-1");
  private static final String NAME = "Ginette Quatrefages";
  private static final String AMOUNT = "8763.19";

  @TempDir Path dir;
  Cli cli;

  @BeforeEach
  void responsable() {
    cli = new Cli(dir);
    assertThat(cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef").exit())
        .isZero();
  }

  private Session session(Clock clock) {
    try (Stores store = SqliteStores.open(DataDirectory.of(dir), clock,
        StoreSettings.defaults())) {
      Session s = store.sessions().create("accueil-ccas", "1", DESK);
      store.sessions().appendAnswer(s.id(), "nom", NAME, DESK);
      store.sessions().appendAnswer(s.id(), "date_naissance", "1947-11-23", DESK);
      store.sessions().appendAnswer(s.id(), "salaire_m1", AMOUNT, DESK);
      store.resumes().setSecondFactor(s.id(), LocalDate.parse("1947-11-23"));
      store.personal().addNote(s.id(), fr.guichet.store.personal.NoteKind.SOCIAL, "Revoir avec sa fille", DESK);
      store.sessions().release(s.id(), DESK.terminalId());
      return s;
    }
  }

  private Session session() {
    return session(Clock.systemUTC());
  }

  @Test
  void export_toStdout_containsEveryAnswer() throws Exception {
    Session s = session();
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "export", s.resumeCode().toString(),
        "--user", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("reponses").path("nom").asText()).isEqualTo(NAME);
    assertThat(json.path("reponses").path("salaire_m1").asText()).isEqualTo(AMOUNT);
    assertThat(json.path("reponses").path("date_naissance").asText()).isEqualTo("1947-11-23");
    assertThat(json.path("notes").get(0).path("texte").asText()).isEqualTo("Revoir avec sa fille");
    assertThat(json.path("journal")).extracting(n -> n.path("action").asText())
        .contains("SESSION_CREATED", "NOTE_ADDED", "EXPORTED");
  }

  @Test
  void export_toFile_isOwnerOnly() throws Exception {
    Session s = session();
    Path out = dir.resolve("export.json");
    Cli.Result r = cli.run(List.of("chef", CHEF_PASSWORD), "export", s.resumeCode().compact(),
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Export écrit dans", "3 réponses");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(NAME, AMOUNT);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
  }

  @Test
  void export_unknownCodeOrWrongPassword_exitsOne() {
    session();
    Cli.Result unknown = cli.run(List.of(CHEF_PASSWORD), "export", "222-222-2222", "--user",
        "chef");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("Aucun dossier avec ce code.");
    Cli.Result wrong = cli.run(List.of("pas le mot de passe"), "export", "222-222-2222",
        "--user", "chef");
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.err()).contains("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void erase_removesTheSession_keepsAnAuditEntry_andNeedsConfirmationWithoutATerminal() {
    Session s = session();
    Session other = session();
    Cli.Result unconfirmed = cli.run(List.of(CHEF_PASSWORD), "erase", s.resumeCode().toString(),
        "--user", "chef");
    assertThat(unconfirmed.exit()).isEqualTo(1);
    assertThat(unconfirmed.err()).contains("--oui", "Rien n'a été effacé.");

    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "erase", s.resumeCode().toString(),
        "--user", "chef", "--oui");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("dossier " + s.resumeCode() + " effacé");
    try (Stores store = SqliteStores.open(DataDirectory.of(dir))) {
      assertThat(store.sessions().find(s.id())).isEmpty();
      assertThat(store.sessions().find(other.id())).isPresent();
      assertThat(store.audit().trail(s.id())).last().extracting(AuditEntry::action)
          .isEqualTo("SESSION_ERASED");
    }
    Cli.Result export = cli.run(List.of(CHEF_PASSWORD), "export", s.resumeCode().toString(),
        "--user", "chef");
    assertThat(export.exit()).isEqualTo(1);
    Cli.Result trail = cli.run(List.of(CHEF_PASSWORD), "audit", s.id().toString(), "--user",
        "chef");
    assertThat(trail.out()).contains("dossier effacé");
    assertThat(cli.run(List.of(), "audit", "--verify").exit()).isZero();
  }

  @Test
  void purge_printsCountsOnly_andErasesOnlyExpiredSessions() {
    Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(100)), ZoneOffset.UTC);
    Session old = session(longAgo);
    Session recent = session();
    Cli.Result r = cli.run(List.of(), "purge");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualToIgnoringNewLines("dossiers effacés : 1 (1 non terminés depuis"
        + " plus de 3 mois, 0 terminés depuis plus de 12 mois)");
    try (Stores store = SqliteStores.open(DataDirectory.of(dir))) {
      assertThat(store.sessions().find(old.id())).isEmpty();
      assertThat(store.sessions().find(recent.id())).isPresent();
    }
    Cli.Result longer = cli.run(List.of(), "purge", "--en-cours-mois", "0");
    assertThat(longer.exit()).isEqualTo(2);
  }
}
