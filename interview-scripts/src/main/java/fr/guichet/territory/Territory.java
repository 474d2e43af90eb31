package fr.guichet.territory;

import fr.guichet.aids.LocalAid;
import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.engine.Interview;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services and places of a CCAS or CIAS territory (the YAML file of {@code territory/}): the
 * communes it covers, its services and partners with their hours, its social workers' teams, and
 * the routing rules that say whom a person should see first.
 */
public final class Territory {

  /** The bundled demo territory, inside the jar. */
  public static final String BUNDLED = "guichet/territory/territoire-demo.yaml";

  /** A commune the territory covers: its official INSEE code and name. */
  public record Commune(String inseeCode, String name) {}

  private final String id;
  private final String name;
  private final String notice;
  private final List<Commune> communes;
  private final Map<String, Service> services;
  private final Map<String, Team> teams;
  private final RoutingRules routing;

  Territory(String id, String name, String notice, List<Commune> communes, Map<String, Service> services,
      Map<String, Team> teams, RoutingRules routing) {
    this.id = id;
    this.name = name;
    this.notice = notice == null ? "" : notice;
    this.communes = List.copyOf(communes);
    this.services = services;
    this.teams = teams;
    this.routing = routing;
  }

  private static final class Bundled {
    static final Territory INSTANCE = bundled(new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT), LocalAids.bundled());
  }

  /** The shipped demo territory, checked against the default interview and the shipped aids (loaded once). */
  public static Territory bundled() {
    return Bundled.INSTANCE;
  }

  public static Territory bundled(Script script, LocalAids aids) {
    try (InputStream in = Territory.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) throw new IllegalStateException("bundled territory missing: " + BUNDLED);
      return parse("territoire-demo.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), script, resultIds(aids));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled territory", e);
    }
  }

  /** A territory file, checked against the default interview and the shipped aids. */
  public static Territory load(Path file) {
    return load(file, new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT), LocalAids.bundled());
  }

  public static Territory load(Path file, Script script, LocalAids aids) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), script, resultIds(aids));
    } catch (IOException e) {
      throw new ScriptLoadException(List.of(new ScriptProblem(file.toString(), 1, 1, "fichier illisible : " + e.getMessage())));
    }
  }

  /**
   * Parses and validates a territory; {@code resultIds} are the benefit and aid ids its rules may
   * read. Throws with every problem (file, line, column) when it is not usable.
   */
  public static Territory parse(String fileName, String text, Script script, Set<String> resultIds) {
    return TerritoryCompiler.parse(fileName, text, script, resultIds);
  }

  /** The ids of the national benefits and of these local aids: what routing rules can read. */
  public static Set<String> resultIds(LocalAids aids) {
    Set<String> ids = new LinkedHashSet<>();
    for (Benefit benefit : Benefit.values()) ids.add(SituationCheck.idOf(benefit));
    for (LocalAid aid : aids.aids()) ids.add(aid.id());
    return ids;
  }

  /** The first service and team to see and why, then the other services for the results that apply. */
  public Routing route(Interview interview, List<Conclusion> conclusions) {
    return routing.route(interview, conclusions, services, teams);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** What the file says of itself (a demo territory says its addresses are examples). */
  public String notice() {
    return notice;
  }

  public List<Commune> communes() {
    return communes;
  }

  public List<Service> services() {
    return List.copyOf(services.values());
  }

  public Optional<Service> service(String serviceId) {
    return Optional.ofNullable(services.get(serviceId));
  }

  public List<Team> teams() {
    return List.copyOf(teams.values());
  }

  public Optional<Team> team(String teamId) {
    return Optional.ofNullable(teams.get(teamId));
  }
}
