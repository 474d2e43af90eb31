package fr.guichet.app;

import fr.guichet.access.Agent;
import fr.guichet.access.Role;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.SessionReplay;
import fr.guichet.session.SessionService;
import fr.guichet.session.Who;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.Stores;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.session.Session;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Benchmark, run by hand (not a test): {@code bash bench/run.sh followup}. The second visit's
 * figures, each next to its bare counterpart on the same disk in the same run:
 * <ul>
 *   <li>one answer changed through the session service (edit + submit: parse, seal, event,
 *       audit, commit, next view) next to a bare sqlite-jdbc INSERT + COMMIT;</li>
 *   <li>"what changed" on a 60-answer session (the interview rebuilt, the results re-run);</li>
 *   <li>search by name + birth date among N sessions with an identity (keyed blind index,
 *       audited) next to the bare indexed SELECTs it needs.</li>
 * </ul>
 */
public final class FollowUpBench {
  private FollowUpBench() {}

  /** A couple with two children, two wages and family benefits: the longest path of the script. */
  static final String FAMILY = """
      motif: [droits, sante]
      besoins_urgents: [energie]
      commune: 25000
      en_couple: oui
      nb_enfants: 2
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 02/02/1988
          nationalite: francaise
          activite: salarie
          types_ressources: [salaire]
          salaire_m1: 1400
          salaire_m2: 1400
          salaire_m3: 1400
          salaire_12m: 16800
          handicap: non
        - role: conjoint
          date_naissance: 30/06/1990
          nationalite: europeenne
          activite: salarie
          types_ressources: [salaire]
          salaire_m1: 900
          salaire_m2: 950
          salaire_m3: 880
          salaire_12m: 10900
          handicap: non
        - role: enfant
          date_naissance: 10/10/2015
          garde_alternee: non
        - role: enfant
          date_naissance: 01/04/2019
          garde_alternee: oui
      grossesse: non
      logement: locataire_social
      loyer: 520
      aide_logement: non
      impayes_loyer: oui
      prestations_foyer: prestations_familiales
      prestations_familiales_mensuel: 151,00
      revenu_fiscal_reference: 29000
      """;

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "/tmp"),
        "guichet-followup-bench");
    int identities = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Script script = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
    Path answers = base.resolve("visite1.yaml");
    Files.writeString(answers, FAMILY);
    Map<String, String> prepared = PreparedAnswers.flatten(AnswersFile.read(answers),
        script.household());
    Who worker = Who.agent(new Agent("a.martin", Role.TRAVAILLEUR_SOCIAL), "bench-1");
    System.out.println("dir " + base + ", " + identities + " sessions with an identity");

    try (Stores stores = SqliteStores.open(DataDirectory.of(base.resolve("data")))) {
      SessionService service = SessionServices.of(stores, script);
      InterviewSession first = service.start(worker, null);
      SessionReplay.apply(first, prepared);
      String code = first.saveForLater().toString();
      first.close();
      Session session = service.followUp().find(code);
      InterviewSession visit = ((Opening.Opened) service.openAtDesk(code, worker)).session();
      System.out.printf("session: %d answers%n", visit.interview().answers().size());

      visit.edit("loyer");
      visit.submit("560");
      visit.edit("demandeur.salaire_m1");
      visit.submit("1150");
      double[] changes = time(300, i -> service.followUp().changes(session, worker));
      report("what changed, " + visit.interview().answers().size() + " answers (ms)", changes);

      double[] saves = time(300, i -> {
        visit.edit("loyer");
        visit.submit((500 + i % 200) + ",00");
      });
      double[] bare = fr.guichet.store.StoreBench.bareInsertCommit(base.resolve("bare.db"), 300);
      report("answer changed through the session service (ms)", saves);
      report("bare sqlite-jdbc INSERT + COMMIT, WAL, synchronous=FULL (ms)", bare);
      System.out.printf("  ratio p50 %.2f%n", pct(saves, 50) / pct(bare, 50));
      visit.close();

      service.followUp().setIdentity(session,
          new Identity("Lefèvre-Martin", "Zoé", "", ""), worker);
      fill(base.resolve("data").resolve("guichet.db"), identities);
      Supplier<Integer> search = () -> service.followUp()
          .search("LEFEVRE MARTIN", "02/02/1988", worker).size();
      if (search.get() != 1) {
        throw new AssertionError("the search does not find the person");
      }
      double[] searches = time(300, i -> search.get());
      double[] lookups = bareLookups(base.resolve("data").resolve("guichet.db"), 300);
      report("search by name + birth date, audited (ms)", searches);
      report("bare indexed SELECT by blind index + SELECT session (ms)", lookups);
      System.out.printf("  ratio p50 %.2f%n", pct(searches, 50) / pct(lookups, 50));
    }
  }

  /** N other sessions with an identity (random sealed bytes, random index), as a network has. */
  private static void fill(Path db, int n) throws Exception {
    SecureRandom random = new SecureRandom();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (id, resume_code,"
          + " script_id, script_version, status, created_at, updated_at, created_by) VALUES"
          + " (?, ?, 'bench', '1', 'EN_COURS', 0, 0, 'bench')");
          PreparedStatement i = c.prepareStatement("INSERT INTO identities (session_id,"
              + " identity_sealed, blind_index, recorded_at, recorded_by) VALUES (?, ?, ?, 0,"
              + " 'bench')")) {
        byte[] sealed = new byte[80];
        for (int k = 0; k < n; k++) {
          String id = UUID.randomUUID().toString();
          s.setString(1, id);
          s.setString(2, String.format("B%09d", k));
          s.addBatch();
          byte[] index = new byte[32];
          random.nextBytes(index);
          i.setString(1, id);
          i.setBytes(2, sealed);
          i.setBytes(3, index);
          i.addBatch();
          if (k % 10_000 == 9_999) {
            s.executeBatch();
            i.executeBatch();
          }
        }
        s.executeBatch();
        i.executeBatch();
      }
      c.commit();
    }
    System.out.printf("filled %d identities in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
  }

  private static double[] bareLookups(Path db, int n) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement byIndex = c.prepareStatement(
            "SELECT session_id FROM identities WHERE blind_index = ?");
        PreparedStatement byId = c.prepareStatement("SELECT * FROM sessions WHERE id = ?");
        Statement st = c.createStatement();
        ResultSet one = st.executeQuery("SELECT blind_index FROM identities"
            + " WHERE recorded_by <> 'bench'")) {
      one.next();
      byte[] index = one.getBytes(1);
      return time(n, k -> {
        try {
          byIndex.setBytes(1, index);
          try (ResultSet r = byIndex.executeQuery()) {
            while (r.next()) {
              byId.setString(1, r.getString(1));
              try (ResultSet s = byId.executeQuery()) {
                s.next();
              }
            }
          }
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  interface Step {
    void run(int i) throws Exception;
  }

  /** n timed runs after n/5 warm-up runs, in ms. */
  private static double[] time(int n, Step step) throws Exception {
    for (int i = 0; i < n / 5; i++) {
      step.run(i);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      step.run(i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return ms;
  }

  private static void report(String what, double[] ms) {
    System.out.printf("%-66s p50 %7.3f  p99 %7.3f%n", what, pct(ms, 50), pct(ms, 99));
  }

  private static double pct(double[] ms, int p) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }
}
