package fr.guichet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @TempDir Path dir;

  private GuichetConfig load(String text) throws IOException {
    Path file = dir.resolve("guichet.yaml");
    Files.writeString(file, text);
    return ConfigFile.load(Optional.of(file));
  }

  private List<String> problems(String text) {
    try {
      load(text);
    } catch (ConfigException e) {
      return e.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void shippedExample_isValidAndSaysWhatTheInstallDoes() {
    GuichetConfig config = ConfigFile.load(Optional.of(Path.of("../packaging/etc/guichet.yaml")));
    assertThat(config.site()).contains("mairie");
    assertThat(config.store().orElseThrow().sqliteFile())
        .contains(Path.of("/var/lib/guichet/guichet.db"));
    assertThat(config.keyFile()).contains(Path.of("/var/lib/guichet/guichet.key"));
  }

  @Test
  void issueExample_withPostgres_readsEveryKey() throws IOException {
    Path password = Files.writeString(dir.resolve("db-password"), "s3cret\n");
    GuichetConfig config = load("""
        site: pimms-centre            # shown in the audit
        poste: accueil-2
        store:
          url: jdbc:postgresql://localhost:5432/guichet
          user: guichet
          password_file: %s
        key_file: /etc/guichet/guichet.key
        printer: GuichetPDF
        kiosk:
          inactivite: 120
        """.formatted(password));
    assertThat(config.site()).contains("pimms-centre");
    assertThat(config.poste()).contains("accueil-2");
    StoreSpec store = config.store().orElseThrow();
    assertThat(store.postgresUrl()).contains("jdbc:postgresql://localhost:5432/guichet");
    assertThat(store.user()).contains("guichet");
    assertThat(store.passwordFile()).contains(password);
    assertThat(config.keyFile()).contains(Path.of("/etc/guichet/guichet.key"));
    assertThat(config.printer()).contains("GuichetPDF");
    assertThat(config.kioskIdle()).contains(Duration.ofSeconds(120));
  }

  @Test
  void mistakes_areAllReportedWithTheirLine() {
    assertThat(problems("""
        site: pimms centre
        stor:
          url: sqlite:/x.db
        store:
          url: mysql://serveur/guichet
        kiosk:
          inactivite: beaucoup
        """)).containsExactly(
            "2: clé inconnue « stor » ; les clés possibles ici sont : key_file, kiosk, poste,"
                + " printer, site, store",
            "1: site : 1 à 64 lettres, chiffres, points, tirets (sans espace), pas « pimms centre »",
            "5: url inconnue « mysql://serveur/guichet » : elle commence par sqlite: (un fichier"
                + " sur ce poste) ou par jdbc:postgresql:// (un serveur partagé)",
            "7: inactivite est un nombre de secondes entre 10 et 3600, pas « beaucoup »");
  }

  @Test
  void postgres_withoutKeyFileOrUser_orWithPasswordInUrl_isRefused() {
    assertThat(problems("""
        store:
          url: jdbc:postgresql://db/guichet?password=x
        """)).anySatisfy(p -> assertThat(p).startsWith("2: pas de mot de passe dans l'url"))
        .anySatisfy(p -> assertThat(p).contains("indiquez le rôle"))
        .anySatisfy(p -> assertThat(p).contains("key_file est obligatoire"));
  }

  @Test
  void missingPasswordFile_isNamedAtItsLine() {
    assertThat(problems("""
        store:
          url: jdbc:postgresql://db/guichet
          user: guichet
          password_file: /nulle/part/db-password
        key_file: /etc/guichet/guichet.key
        """)).containsExactly("4: fichier du mot de passe introuvable : /nulle/part/db-password");
  }

  @Test
  void duplicateKeyAndBadSyntax_areRefusedWithTheirLine() {
    assertThat(problems("site: a\nsite: b\n")).singleElement().asString().startsWith("2: syntaxe YAML");
    assertThat(problems("store:\n  url: [sqlite\n")).singleElement().asString().contains("syntaxe YAML");
  }

  @Test
  void relativePaths_areReadFromTheFilesFolder() throws IOException {
    GuichetConfig config = load("store:\n  url: sqlite:data/guichet.db\nkey_file: cle/guichet.key\n");
    assertThat(config.store().orElseThrow().sqliteFile()).contains(dir.resolve("data/guichet.db"));
    assertThat(config.keyFile()).contains(dir.resolve("cle/guichet.key"));
  }

  @Test
  void choose_followsOptionThenEnvironmentThenSystemFileThenDefaults() throws IOException {
    Path system = dir.resolve("etc.yaml");
    Map<String, String> env = Map.of(ConfigFile.ENV_VARIABLE, "/from/env.yaml");
    assertThat(ConfigFile.choose("/from/option.yaml", env, system)).contains(Path.of("/from/option.yaml"));
    assertThat(ConfigFile.choose(null, env, system)).contains(Path.of("/from/env.yaml"));
    assertThat(ConfigFile.choose(null, Map.of(), system)).isEmpty();
    Files.writeString(system, "site: x\n");
    assertThat(ConfigFile.choose(null, Map.of(), system)).contains(system);
    assertThat(ConfigFile.load(Optional.empty())).isEqualTo(GuichetConfig.DEFAULTS);
  }

  @Test
  void missingFile_isRefusedNotReplacedByDefaults() {
    assertThatThrownBy(() -> ConfigFile.load(Optional.of(dir.resolve("absent.yaml"))))
        .isInstanceOf(ConfigException.class)
        .extracting(e -> ((ConfigException) e).problems().get(0).message())
        .isEqualTo("fichier introuvable");
  }
}
