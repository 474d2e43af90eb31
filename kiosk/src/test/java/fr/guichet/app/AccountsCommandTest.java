package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {
  static final String CHEF_PASSWORD = "soleil de mars sur la mairie";
  static final String AGENT_PASSWORD = "celui de l'agent aussi";

  @TempDir Path dir;

  @Test
  void create_firstAccount_isAResponsable_withoutLogin_andOnlyOnce() {
    Cli cli = new Cli(dir);
    Cli.Result first = cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Compte responsable « chef » créé.");

    // the second creation needs a responsable's login: a wrong one is refused
    Cli.Result intruder = cli.run(List.of("pas le bon mot de passe", AGENT_PASSWORD),
        "accounts", "create", "--user", "m.durand", "--role", "mediateur", "--as", "chef");
    assertThat(intruder.exit()).isEqualTo(1);
    assertThat(intruder.err()).contains("Identifiant ou mot de passe incorrect.");

    Cli.Result second = cli.run(List.of(CHEF_PASSWORD, AGENT_PASSWORD),
        "accounts", "create", "--user", "m.durand", "--role", "médiateur", "--as", "chef");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("Compte « m.durand » (médiateur) créé.");
  }

  @Test
  void create_firstAccountWithAnotherRole_isRefused() {
    Cli.Result r = new Cli(dir).run(List.of(CHEF_PASSWORD), "accounts", "create", "--user",
        "m.durand", "--role", "ACCUEIL");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("le premier compte doit être un compte responsable");
  }

  @Test
  void listDisablePassword_byAResponsable() {
    Cli cli = new Cli(dir);
    cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    cli.run(List.of(CHEF_PASSWORD, AGENT_PASSWORD), "accounts", "create", "--user", "m.durand",
        "--role", "ACCUEIL", "--as", "chef");

    Cli.Result disabled = cli.run(List.of(CHEF_PASSWORD), "accounts", "disable", "m.durand",
        "--as", "chef");
    assertThat(disabled.exit()).as(disabled.err()).isZero();
    assertThat(disabled.out()).contains("Compte « m.durand » désactivé.");

    Cli.Result list = cli.run(List.of("chef", CHEF_PASSWORD), "accounts", "list");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).containsPattern("chef +responsable +actif")
        .containsPattern("m.durand +accueil +désactivé")
        .doesNotContain("pbkdf2");

    Cli.Result own = cli.run(List.of(CHEF_PASSWORD, "un tout nouveau mot de passe"),
        "accounts", "password", "chef");
    assertThat(own.exit()).as(own.err()).isZero();
    Cli.Result oldPassword = cli.run(List.of("chef", CHEF_PASSWORD), "accounts", "list");
    assertThat(oldPassword.exit()).isEqualTo(1);
    assertThat(oldPassword.out()).isEmpty();
  }

  @Test
  void unknownRoleOrMissingUser_isAUsageError() {
    Cli cli = new Cli(dir);
    cli.run(List.of(CHEF_PASSWORD), "accounts", "create", "--user", "chef");
    Cli.Result r = cli.run(List.of(), "accounts", "create", "--user", "x.y", "--role", "maire");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("rôle inconnu « maire »");
    assertThat(cli.run(List.of(), "accounts", "create").exit()).isEqualTo(2);
  }
}
