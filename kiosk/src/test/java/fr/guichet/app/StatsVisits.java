package fr.guichet.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.guichet.access.AccessPolicy;
import fr.guichet.access.Agent;
import fr.guichet.access.Role;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.engine.Replay;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.session.ClosingOutcome;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.PrivacyChoices;
import fr.guichet.session.SessionReplay;
import fr.guichet.session.SessionService;
import fr.guichet.session.SummaryPrinter;
import fr.guichet.session.Who;
import fr.guichet.store.Stores;
import fr.guichet.store.session.Session;
import fr.guichet.testing.HandClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated visits, run through the real session service into a real store as the desk and the
 * kiosk would: varied personas, dates spread over months, two sites, second visits and closings.
 * Keeps its own tallies of what it did, to compare with the statistics.
 */
final class StatsVisits {
  static final Script SCRIPT = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
  static final SituationCheck CHECK = Eligibility.check();
  static final List<String> SITES = List.of("ccas-centre", "mairie-nord");
  private static final List<String> REASONS =
      List.of("droits", "aide_urgence", "logement", "emploi", "sante", "papiers", "autre");
  private static final List<String> COMMUNES = List.of("Ornans", "Quingey", "Pontarlier");

  /** One visit as the test saw it. */
  record Seen(YearMonth month, String site, String channel, String kind, List<String> reasons,
      Map<String, String> results, String code) {}

  final List<Seen> visits = new ArrayList<>();
  /** Per session code, the results of its latest visit and whether RSA is received. */
  final Map<String, List<Conclusion>> latest = new HashMap<>();
  final Map<String, Boolean> receivesRsa = new HashMap<>();
  final Map<String, YearMonth> latestMonth = new HashMap<>();
  final List<String> codes = new ArrayList<>();
  final HandClock clock = new HandClock(Instant.parse("2026-01-05T09:00:00Z"));
  private final Stores stores;
  private final Map<String, SessionService> services = new HashMap<>();

  StatsVisits(Stores stores) {
    this.stores = stores;
    for (String site : SITES) {
      services.put(site, new SessionService(stores, () -> SCRIPT, DirectoryCommuneResolver.bundled(),
          clock, CHECK, SummaryPrinter.NOT_AVAILABLE, site, AccessPolicy.defaults()));
    }
  }

  static Who mediator(String site) {
    return Who.agent(new Agent("med-" + site, Role.MEDIATEUR), "poste-" + site);
  }

  static Who manager() {
    return Who.agent(new Agent("chef", Role.RESPONSABLE), "poste-chef");
  }

  /** Runs {@code n} first visits from January to June 2026, with some second visits and closings. */
  void run(int n, long seed) {
    Random random = new Random(seed);
    long span = Duration.ofDays(176).toMinutes();
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    java.util.TreeMap<Instant, Runnable> events = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      Instant at = start.plus(Duration.ofMinutes(span * i / n));
      boolean rsa = random.nextInt(4) == 0;
      String yaml = persona(random, rsa);
      events.put(at, () -> firstVisit(index, at, yaml, rsa, events));
    }
    while (!events.isEmpty()) {
      Map.Entry<Instant, Runnable> next = events.pollFirstEntry();
      setClock(next.getKey());
      next.getValue().run();
    }
  }

  private void firstVisit(int i, Instant at, String yaml, boolean rsa,
      java.util.TreeMap<Instant, Runnable> events) {
    String site = SITES.get(i % 2);
    boolean kiosk = i % 3 == 0;
    Who who = kiosk ? Who.kiosk("borne-" + site) : mediator(site);
    InterviewSession session = services.get(site).start(who,
        kiosk ? new PrivacyChoices(true, true) : null);
    Replay.Report report = SessionReplay.apply(session, prepared(yaml));
    if (!report.finished()) {
      throw new IllegalStateException("persona stops at " + report.waitingAt() + " "
          + report.rejected() + "\n" + yaml);
    }
    session.end();
    session.finish();
    session.close();
    String code = session.code().orElseThrow().compact();
    codes.add(code);
    receivesRsa.put(code, rsa);
    seen(site, kiosk ? "borne" : "guichet", "premiere", session, code);
    if (i % 5 == 0) {
      events.put(at.plus(Duration.ofDays(20)).plusMillis(i + 1L),
          () -> secondVisit(site, code, i % 10 == 0));
    }
  }

  private void secondVisit(String site, String code, boolean close) {
    Who who = mediator(site);
    Opening opening = services.get(site).openAtDesk(code, who);
    InterviewSession session = ((Opening.Opened) opening).session();
    session.end();
    session.close();
    seen(site, "guichet", "suivi", session, code);
    if (close) {
      Session s = stores.sessions().findByCode(
          fr.guichet.store.session.ResumeCode.parse(code).orElseThrow()).orElseThrow();
      services.get(site).followUp().close(s, ClosingOutcome.DROITS_OUVERTS, who);
    }
  }

  private void seen(String site, String channel, String kind, InterviewSession session,
      String code) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Conclusion> results = session.results();
    Map<String, String> statuses = new HashMap<>();
    results.forEach(c -> statuses.put(c.id(), c.statusWord()));
    List<String> reasons = new ArrayList<>();
    if (session.interview().answers().get("motif")
        instanceof fr.guichet.script.Answer.Picks picks) {
      reasons.addAll(picks.choices());
    }
    visits.add(new Seen(YearMonth.from(today), site, channel, kind, reasons, statuses, code));
    latest.put(code, results);
    latestMonth.put(code, YearMonth.from(today));
  }

  private void setClock(Instant at) {
    if (clock.instant().isBefore(at)) {
      clock.advance(Duration.between(clock.instant(), at));
    }
  }

  static Map<String, String> prepared(String yaml) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> document = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
      return PreparedAnswers.flatten(document, SCRIPT.household());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String persona(Random r, boolean rsa) {
    String reason = REASONS.get(r.nextInt(REASONS.size()));
    String second = REASONS.get(r.nextInt(REASONS.size()));
    String reasons = reason.equals(second) ? reason : reason + ", " + second;
    int year = 1940 + r.nextInt(65);
    String activity = List.of("salarie", "chomeur", "retraite", "inactif", "etudiant")
        .get(r.nextInt(5));
    String resources = switch (activity) {
      case "salarie" -> {
        int wage = 400 + r.nextInt(1800);
        yield "          types_ressources: salaire\n          salaire_m1: " + wage
            + "\n          salaire_m2: " + wage + "\n          salaire_m3: " + wage
            + "\n          salaire_12m: " + wage * 12 + "\n";
      }
      case "chomeur" -> {
        int a = 300 + r.nextInt(1000);
        yield "          types_ressources: chomage\n          chomage_m1: " + a
            + "\n          chomage_m2: " + a + "\n          chomage_m3: " + a
            + "\n          chomage_12m: " + a * 12 + "\n";
      }
      case "retraite" -> "          types_ressources: retraite\n          retraite_mensuel: "
          + (600 + r.nextInt(1200)) + "\n";
      default -> "          types_ressources: aucune\n";
    };
    String housing = List.of("locataire_prive", "locataire_social", "proprietaire", "heberge",
        "sans_domicile").get(r.nextInt(5));
    boolean aid = r.nextBoolean();
    int children = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    StringBuilder kids = new StringBuilder();
    for (int k = 0; k < children; k++) {
      kids.append("        - role: enfant\n          date_naissance: 0").append(1 + k)
          .append("/03/").append(2012 + k * 3).append("\n          garde_alternee: non\n");
    }
    return "motif: [" + reasons + "]\n"
        + "besoins_urgents: aucun\n"
        + "commune: " + COMMUNES.get(r.nextInt(COMMUNES.size())) + "\n"
        + "en_couple: non\n"
        + "nb_enfants: " + children + "\n"
        + "nb_autres: 0\n"
        + "foyer:\n"
        + "        - role: demandeur\n"
        + "          date_naissance: 15/0" + (1 + r.nextInt(9)) + "/" + year + "\n"
        + "          nationalite: francaise\n"
        + "          activite: " + activity + "\n"
        + resources
        + "          handicap: non\n"
        + "          perte_autonomie: non\n"
        + "          inapte_travail: non\n"
        + kids
        + "isolement_recent: non\n"
        + "grossesse: non\n"
        + "logement: " + housing + "\n"
        + "participation_frais: non\n"
        + "loyer: " + (300 + r.nextInt(500)) + "\n"
        + "aide_logement: " + (aid ? "oui" : "non") + "\n"
        + "aide_logement_montant: 150\n"
        + "impayes_loyer: non\n"
        + "prestations_foyer: " + (rsa ? "rsa" : "aucune") + "\n"
        + "rsa_mensuel: 400\n"
        + "revenu_fiscal_reference: " + (r.nextInt(20000)) + "\n";
  }
}
