package fr.guichet.app;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.session.Session;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static fr.guichet.app.AccountsCommandTest.CHEF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final Actor DESK = new Actor("m.durand", "accueil-1");

  @TempDir Path dir;

  private Session someHistory() {
    try (Stores store = SqliteStores.open(DataDirectory.of(dir))) {
      Session s = store.sessions().create("accueil-ccas", "1", DESK);
      store.sessions().appendAnswer(s.id(), "nom", "Ginette Quatrefages", DESK);
      store.sessions().appendAnswer(s.id(), "salaire_m1", "1234.56", DESK);
      store.audit().record(DESK, "PRINTED", s.id(), "a4");
      return s;
    }
  }

  @Test
  void verify_whenIntact_exitsZeroWithTheCount() {
    someHistory();
    Cli.Result r = new Cli(dir).run(List.of(), "audit", "--verify");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualToIgnoringNewLines("journal intact (4 entrées)");
  }

  @Test
  void verify_whenAHashByteIsFlipped_exitsOneNamingTheEntry() throws Exception {
    someHistory();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("guichet.db"));
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER audit_log_no_update");
      byte[] hash;
      try (ResultSet rs = st.executeQuery("SELECT hash FROM audit_log WHERE seq = 3")) {
        rs.next();
        hash = rs.getBytes(1);
      }
      hash[7] ^= 0x01;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE audit_log SET hash = ? WHERE seq = 3")) {
        ps.setBytes(1, hash);
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
    }
    Cli.Result r = new Cli(dir).run(List.of(), "audit", "--verify");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("journal altéré", "entrée n° 3", "m.durand", "ANSWER_SET");
  }

  @Test
  void trail_forAResponsable_listsWhoWhenWhereWhat_withoutValues() {
    Session s = someHistory();
    Cli cli = new Cli(dir);
    cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    Cli.Result r = cli.run(List.of(CHEF_PASSWORD), "audit",
        s.resumeCode().toString().toLowerCase(), "--user", "chef");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    assertThat(r.out()).contains("dossier créé", "réponse enregistrée (nom)",
        "réponse enregistrée (salaire_m1)", "récapitulatif imprimé (a4)", "accueil-1",
        "m.durand").doesNotContain("Ginette", "1234");
    Cli.Result again = cli.run(List.of(CHEF_PASSWORD), "audit", s.resumeCode().toString(),
        "--user", "chef");
    assertThat(again.out()).contains("historique consulté");
  }

  @Test
  void trail_forSomeoneElse_isRefused() {
    Session s = someHistory();
    Cli cli = new Cli(dir);
    cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    cli.run(List.of(CHEF_PASSWORD, "mot de passe de l'agent"), "accounts", "create", "--user",
        "m.durand", "--role", "TRAVAILLEUR_SOCIAL", "--as", "chef");
    Cli.Result r = cli.run(List.of("mot de passe de l'agent"), "audit",
        s.resumeCode().toString(), "--user", "m.durand");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("réservée à un compte responsable");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void neitherVerifyNorCode_isAUsageError() {
    Cli.Result r = new Cli(dir).run(List.of(), "audit");
    assertThat(r.exit()).isEqualTo(2);
  }
}
