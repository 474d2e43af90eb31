package fr.guichet.app;

import fr.guichet.access.Agent;
import fr.guichet.access.Role;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.SessionReplay;
import fr.guichet.session.SessionService;
import fr.guichet.session.SessionView;
import fr.guichet.session.Who;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

/**
 * The save and whole-check lines of bench/run.sh peers (a plain main, not a test), each next to
 * its anchor in the same JVM, the two interleaved so that both see the same load:
 * <ul>
 *   <li>durable save: each answer of a whole interview typed through the session service (check,
 *       seal, event, audit, one commit on the real SQLite file, next view) next to a bare
 *       sqlite-jdbc INSERT + COMMIT (WAL, synchronous=FULL) in a file of the same folder;</li>
 *   <li>the whole check of that interview as run after an answer (answers to situation facts,
 *       every national benefit, the local aids), next to the national engine alone.</li>
 * </ul>
 * Args: dir [interviews].
 */
public final class KioskPeers {
  private KioskPeers() {}

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "/tmp"), "guichet-peers");
    int interviews = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Script script = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
    Path file = base.resolve("foyer.yaml");
    Files.writeString(file, FollowUpBench.FAMILY);
    Map<String, String> prepared = PreparedAnswers.flatten(AnswersFile.read(file), script.household());
    Who worker = Who.agent(new Agent("a.martin", Role.TRAVAILLEUR_SOCIAL), "bench-1");
    try (Stores stores = SqliteStores.open(DataDirectory.of(base.resolve("data")));
        Connection bare = bareDatabase(base.resolve("bare.db"));
        PreparedStatement insert = bare.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
      SessionService service = SessionServices.of(stores, script);
      int perInterview = walk(service, worker, prepared, insert, null, null, 0);
      int warm = Math.max(1, interviews / 3);
      for (int i = 0; i < warm; i++) walk(service, worker, prepared, insert, null, null, 0);
      long[] ours = new long[interviews * perInterview];
      long[] theirs = new long[interviews * perInterview];
      for (int i = 0; i < interviews; i++) {
        walk(service, worker, prepared, insert, ours, theirs, i * perInterview);
      }
      System.out.printf("save: one answer through the session service, %d answers x %d interviews: p50 %.3f ms p99 %.3f;"
          + " bare sqlite-jdbc INSERT + COMMIT (WAL, synchronous=FULL) p50 %.3f ms p99 %.3f; ratio %.2f%n",
          perInterview, interviews, p(ours, 50) / 1e6, p(ours, 99) / 1e6, p(theirs, 50) / 1e6, p(theirs, 99) / 1e6,
          (double) p(ours, 50) / p(theirs, 50));

      InterviewSession session = service.start(worker, null);
      SessionReplay.apply(session, prepared);
      SituationCheck check = Eligibility.check();
      fr.guichet.eligibility.EligibilityEngine national = fr.guichet.eligibility.EligibilityEngine.withBundledParameters();
      var interview = session.interview();
      int rounds = Math.max(200, interviews * 20);
      long[] whole = new long[rounds];
      long[] engine = new long[rounds];
      var situation = fr.guichet.eligibility.interview.InterviewSituation.of(interview);
      for (int w = -rounds; w < rounds; w++) {
        long t0 = System.nanoTime();
        int n = check.check(interview).size();
        long t1 = System.nanoTime();
        national.evaluate(situation, interview.today());
        long t2 = System.nanoTime();
        if (w >= 0) {
          whole[w] = t1 - t0;
          engine[w] = t2 - t1;
        }
        if (n == 0) throw new IllegalStateException("no conclusion");
      }
      System.out.printf("check: the whole check after an answer (%d answers: facts, %d national benefits, local aids)"
          + " p50 %.1f µs p99 %.1f; national engine alone on the same situation p50 %.1f µs; ratio %.2f%n",
          interview.answers().size(), fr.guichet.eligibility.EligibilityEngine.assessments().size(),
          p(whole, 50) / 1e3, p(whole, 99) / 1e3, p(engine, 50) / 1e3, (double) p(whole, 50) / p(engine, 50));
      session.close();
    }
  }

  /** One whole interview through the session service, a bare commit after each answer. */
  private static int walk(SessionService service, Who worker, Map<String, String> prepared,
      PreparedStatement insert, long[] ours, long[] theirs, int at) throws Exception {
    InterviewSession session = service.start(worker, null);
    session.current();
    var interview = session.interview();
    int count = 0;
    byte[] value = new byte[60];
    while (!interview.atEnd()) {
      String key = interview.currentKey().orElseThrow();
      String raw = interview.currentIsInformation() ? "" : prepared.get(key);
      if (raw == null) throw new IllegalStateException("no answer for " + key);
      long t0 = System.nanoTime();
      SessionView view = session.submit(raw);
      long t1 = System.nanoTime();
      if (view instanceof SessionView.Asking asking && asking.refused()) throw new IllegalStateException("refused " + key);
      insert.setString(1, key);
      insert.setBytes(2, value);
      insert.executeUpdate();
      insert.getConnection().commit();
      long t2 = System.nanoTime();
      if (ours != null) {
        ours[at + count] = t1 - t0;
        theirs[at + count] = t2 - t1;
      }
      count++;
    }
    session.close();
    return count;
  }

  private static Connection bareDatabase(Path file) throws Exception {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=FULL");
      st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, v BLOB)");
    }
    c.setAutoCommit(false);
    return c;
  }

  private static long p(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
