package fr.guichet.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.guichet.script.load.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and reads {@code guichet.yaml}. The file is chosen by one rule for every command:
 * {@code --config FILE}, else {@code $GUICHET_CONFIG}, else {@value #SYSTEM_FILE} when it exists,
 * else the embedded defaults ({@link GuichetConfig#DEFAULTS}). Every problem is collected with
 * its file and line; a file with any problem is refused whole.
 */
public final class ConfigFile {
  public static final String ENV_VARIABLE = "GUICHET_CONFIG";
  public static final String SYSTEM_FILE = "/etc/guichet/guichet.yaml";

  static final Set<String> TOP_KEYS = Set.of("site", "poste", "store", "key_file", "printer",
      "kiosk");
  static final Set<String> STORE_KEYS = Set.of("url", "user", "password_file");
  static final Set<String> KIOSK_KEYS = Set.of("inactivite");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

  private static final YAMLFactory YAML = yaml();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  private static YAMLFactory yaml() {
    YAMLFactory factory = new YAMLFactory();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private final String name;
  private final Path file;
  private final SourceMap positions;
  private final List<ConfigProblem> problems = new ArrayList<>();

  private ConfigFile(Path file, String text) {
    this.file = file;
    this.name = file.toString();
    this.positions = SourceMap.of(YAML, text);
  }

  /** The file the rule picks, or empty for the embedded defaults. */
  public static Optional<Path> choose(String option, Map<String, String> env, Path systemFile) {
    if (option != null && !option.isBlank()) {
      return Optional.of(Path.of(option));
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(Path.of(fromEnv));
    }
    return Files.exists(systemFile) ? Optional.of(systemFile) : Optional.empty();
  }

  /** The rule applied to this process's environment. */
  public static Optional<Path> choose(String option) {
    return choose(option, System.getenv(), Path.of(SYSTEM_FILE));
  }

  /**
   * Reads {@code file} (empty: the embedded defaults).
   *
   * @throws ConfigException listing every problem found, each with its line
   */
  public static GuichetConfig load(Optional<Path> file) {
    if (file.isEmpty()) {
      return GuichetConfig.DEFAULTS;
    }
    Path path = file.get();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(List.of(new ConfigProblem(path.toString(), 1, 1,
          Files.exists(path) ? "fichier illisible (droits ?)" : "fichier introuvable")));
    }
    return new ConfigFile(path, text).parse(text);
  }

  private GuichetConfig parse(String text) {
    JsonNode root;
    try {
      root = text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException(List.of(new ConfigProblem(name,
          at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
          "syntaxe YAML : " + e.getOriginalMessage().lines().findFirst().orElse("")
              + " (souvent une indentation décalée ou un texte à mettre entre guillemets)")));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new GuichetConfig(Optional.of(file), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (!root.isObject()) {
      problem("", "le fichier doit être une liste de clés (site:, store:, key_file:...)");
      throw new ConfigException(problems);
    }
    unknownKeys(root, "", TOP_KEYS);
    Optional<String> site = name(root, "site");
    Optional<String> poste = name(root, "poste");
    Optional<StoreSpec> store = store(root.path("store"));
    Optional<Path> keyFile = path(root, "", "key_file");
    Optional<String> printer = text(root, "", "printer");
    Optional<Duration> idle = kiosk(root.path("kiosk"));
    if (store.isPresent() && store.get().postgresUrl().isPresent() && keyFile.isEmpty()) {
      problem("/store", "avec PostgreSQL, key_file est obligatoire : la même clé sur chaque site,"
          + " copiée à la main (elle ne passe jamais par le serveur)");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new GuichetConfig(Optional.of(file), site, poste, store, keyFile, printer, idle);
  }

  private Optional<StoreSpec> store(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      problem("/store", "store doit contenir url: (et pour PostgreSQL user: et password_file:)");
      return Optional.empty();
    }
    unknownKeys(node, "/store", STORE_KEYS);
    Optional<String> url = text(node, "/store", "url");
    Optional<String> user = text(node, "/store", "user");
    Optional<Path> passwordFile = path(node, "/store", "password_file");
    if (url.isEmpty()) {
      problem("/store", "store: sans url: — écrivez url: sqlite:/var/lib/guichet/guichet.db ou"
          + " url: jdbc:postgresql://serveur:5432/guichet");
      return Optional.empty();
    }
    String u = url.get();
    if (u.startsWith("sqlite:")) {
      if (user.isPresent() || passwordFile.isPresent()) {
        problem("/store/" + (user.isPresent() ? "user" : "password_file"),
            "user et password_file ne servent qu'avec PostgreSQL ; retirez-les pour SQLite");
      }
      String rest = u.substring("sqlite:".length());
      if (rest.isBlank() || rest.endsWith("/")) {
        problem("/store/url", "après sqlite: il faut le chemin du fichier de la base,"
            + " par exemple sqlite:/var/lib/guichet/guichet.db");
        return Optional.empty();
      }
      return Optional.of(new StoreSpec(Optional.of(relative(Path.of(rest))), Optional.empty(),
          Optional.empty(), Optional.empty()));
    }
    if (u.startsWith("jdbc:postgresql://")) {
      if (user.isEmpty()) {
        problem("/store", "avec PostgreSQL, indiquez le rôle : user: guichet");
      }
      if (u.contains("password=")) {
        problem("/store/url", "pas de mot de passe dans l'url : mettez-le dans le fichier"
            + " password_file (droits 0600)");
      }
      passwordFile.ifPresent(p -> {
        if (!Files.isRegularFile(p)) {
          problem("/store/password_file", "fichier du mot de passe introuvable : " + p);
        } else if (!Files.isReadable(p)) {
          problem("/store/password_file", "fichier du mot de passe illisible pour cet"
              + " utilisateur : " + p);
        }
      });
      return Optional.of(new StoreSpec(Optional.empty(), url, user, passwordFile));
    }
    problem("/store/url", "url inconnue « " + u + " » : elle commence par sqlite: (un fichier"
        + " sur ce poste) ou par jdbc:postgresql:// (un serveur partagé)");
    return Optional.empty();
  }

  private Optional<Duration> kiosk(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      problem("/kiosk", "kiosk doit contenir inactivite: SECONDES");
      return Optional.empty();
    }
    unknownKeys(node, "/kiosk", KIOSK_KEYS);
    JsonNode idle = node.path("inactivite");
    if (idle.isMissingNode() || idle.isNull()) {
      return Optional.empty();
    }
    if (!idle.canConvertToLong() || !idle.isIntegralNumber() || idle.asLong() < 10
        || idle.asLong() > 3600) {
      problem("/kiosk/inactivite", "inactivite est un nombre de secondes entre 10 et 3600,"
          + " pas « " + idle.asText() + " »");
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(idle.asLong()));
  }

  private Optional<String> name(JsonNode root, String key) {
    Optional<String> value = text(root, "", key);
    if (value.isPresent() && !NAME.matcher(value.get()).matches()) {
      problem("/" + key, key + " : 1 à 64 lettres, chiffres, points, tirets (sans espace),"
          + " pas « " + value.get() + " »");
      return Optional.empty();
    }
    return value;
  }

  private Optional<String> text(JsonNode parent, String pointer, String key) {
    JsonNode node = parent.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      problem(pointer + "/" + key, key + " attend un texte sur la même ligne");
      return Optional.empty();
    }
    return Optional.of(node.asText().strip());
  }

  private Optional<Path> path(JsonNode parent, String pointer, String key) {
    return text(parent, pointer, key).map(Path::of).map(this::relative);
  }

  /** A relative path is read from the configuration file's folder. */
  private Path relative(Path p) {
    Path folder = file.toAbsolutePath().getParent();
    return p.isAbsolute() || folder == null ? p : folder.resolve(p).normalize();
  }

  private void unknownKeys(JsonNode node, String pointer, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!known.contains(key)) {
        int[] at = positions.position(pointer + "/" + key + "#key");
        problems.add(new ConfigProblem(name, at[0], at[1], "clé inconnue « " + key
            + " » ; les clés possibles ici sont : " + String.join(", ", known.stream().sorted()
                .toList())));
      }
    }
  }

  private void problem(String pointer, String message) {
    int[] at = positions.position(pointer);
    problems.add(new ConfigProblem(name, at[0], at[1], message));
  }
}
