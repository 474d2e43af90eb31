package fr.guichet.store;

import fr.guichet.store.postgres.PostgresStores;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark, run by hand on the test server ({@code eval "$(bash .ci/start-postgres.sh)"; bash
 * bench/run.sh pgstore}): a durable answer save next to a bare JDBC INSERT + COMMIT on the same
 * server ({@code synchronous_commit=on}); findByCode among a million sessions next to the bare
 * indexed SELECT; N terminals (threads, each its own store and pool, as N processes would have)
 * answering as fast as they can: answers per second and p99 save latency.
 */
public final class PostgresStoreBench {
  private PostgresStoreBench() {}

  public static void main(String[] args) throws Exception {
    int saves = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int terminals = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path dir = Files.createTempDirectory("guichet-pg-bench");
    String db = TestPostgres.createDatabase();
    try {
      var location = TestPostgres.location(db, dir, dir.resolve("guichet.key"));
      System.out.println("server " + location.url() + ", " + saves + " saves, " + sessions
          + " sessions, " + terminals + " terminals");
      double[] bare;
      double[] store;
      try (Stores s = PostgresStores.open(location, Clock.systemUTC(), StoreSettings.defaults())) {
        bare = bareInsertCommit(db, saves); // its table beside Guichet's, once they exist
        store = saves(s, saves);
      }
      StoreBench.report("bare JDBC insert+commit (synchronous_commit=on)", bare);
      StoreBench.report("Stores.appendAnswer (lock, lease, AES-GCM, event, audit)", store);
      System.out.printf("ratio store/bare: mean %.2f, p50 %.2f%n",
          StoreBench.mean(store) / StoreBench.mean(bare),
          StoreBench.pct(store, 50) / StoreBench.pct(bare, 50));
      concurrent(location, terminals, 100);
      lookups(db, location, sessions);
    } finally {
      TestPostgres.dropDatabase(db);
    }
  }

  private static double[] bareInsertCommit(String db, int n) throws SQLException {
    try (Connection c = TestPostgres.connect(db)) {
      try (Statement st = c.createStatement()) {
        st.execute("SET synchronous_commit = on");
        st.execute("CREATE TABLE bare (id BIGSERIAL PRIMARY KEY, k TEXT, v BYTEA)");
      }
      c.setAutoCommit(false);
      byte[] value = new byte[60];
      double[] ms = new double[n];
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO bare (k, v) VALUES (?, ?)")) {
        for (int i = -50; i < n; i++) {
          long t0 = System.nanoTime();
          ps.setString(1, "conjoint.salaire_m1");
          ps.setBytes(2, value);
          ps.executeUpdate();
          c.commit();
          if (i >= 0) {
            ms[i] = (System.nanoTime() - t0) / 1e6;
          }
        }
      }
      return ms;
    }
  }

  private static double[] saves(Stores store, int n) {
    Actor actor = new Actor("bench", "poste-" + UUID.randomUUID().toString().substring(0, 8));
    UUID id = store.sessions().create("bench", "1", actor).id();
    double[] ms = new double[n];
    for (int i = -50; i < n; i++) {
      long t0 = System.nanoTime();
      store.sessions().appendAnswer(id, "conjoint.salaire_m1", "1234.56", actor);
      if (i >= 0) {
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return ms;
  }

  private static void concurrent(StoreLocation.Postgres location, int terminals, int each)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(terminals);
    List<Stores> stores = new ArrayList<>();
    for (int t = 0; t < terminals; t++) {
      stores.add(PostgresStores.open(location, Clock.systemUTC(), StoreSettings.defaults()));
    }
    long t0 = System.nanoTime();
    List<Future<double[]>> results = new ArrayList<>();
    for (Stores s : stores) {
      results.add(pool.submit(() -> saves(s, each)));
    }
    List<Double> all = new ArrayList<>();
    for (Future<double[]> f : results) {
      for (double v : f.get()) {
        all.add(v);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    stores.forEach(Stores::close);
    double[] ms = all.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.printf("%d terminals at once: %.0f answers/s (%d answers incl. warm-up in %.1f s)%n",
        terminals, terminals * (each + 50) / seconds, terminals * (each + 50), seconds);
    StoreBench.report(terminals + " terminals: appendAnswer latency", ms);
  }

  private static void lookups(String db, StoreLocation.Postgres location, int sessions)
      throws Exception {
    SecureRandom random = new SecureRandom();
    List<ResumeCode> sample = new ArrayList<>();
    long t0 = System.nanoTime();
    try (Connection c = TestPostgres.connect(db)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO sessions (id, resume_code, script_id, script_version, status,"
              + " created_at, updated_at, created_by) VALUES (?, ?, 'bench', '1', 'EN_COURS', ?, ?,"
              + " 'bench') ON CONFLICT DO NOTHING")) {
        long now = System.currentTimeMillis();
        for (int i = 0; i < sessions; i++) {
          ResumeCode code = ResumeCode.generate(random);
          if (i % (sessions / 1000 + 1) == 0) {
            sample.add(code);
          }
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, code.compact());
          ps.setLong(3, now);
          ps.setLong(4, now);
          ps.addBatch();
          if (i % 10_000 == 9_999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      try (Statement st = c.createStatement()) {
        c.setAutoCommit(true);
        st.execute("ANALYZE sessions");
      }
    }
    System.out.printf("inserted %d sessions: %.1f s%n", sessions, (System.nanoTime() - t0) / 1e9);
    try (Connection c = TestPostgres.connect(db);
        PreparedStatement ps = c.prepareStatement(
            "SELECT id, script_id, status, updated_at FROM sessions WHERE resume_code = ?")) {
      double[] ms = new double[sample.size()];
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < ms.length; i++) {
          long t1 = System.nanoTime();
          ps.setString(1, sample.get(i).compact());
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
          }
          ms[i] = (System.nanoTime() - t1) / 1e6;
        }
      }
      StoreBench.report("bare indexed SELECT by resume_code", ms);
    }
    try (Stores store = PostgresStores.open(location, Clock.systemUTC(),
        StoreSettings.defaults())) {
      Random pick = new Random(1);
      for (int i = 0; i < 200; i++) {
        store.sessions().findByCode(sample.get(pick.nextInt(sample.size()))).orElseThrow();
      }
      double[] ms = new double[sample.size()];
      for (int i = 0; i < ms.length; i++) {
        long t1 = System.nanoTime();
        store.sessions().findByCode(sample.get(i)).orElseThrow();
        ms[i] = (System.nanoTime() - t1) / 1e6;
      }
      StoreBench.report("findByCode among " + sessions + " sessions", ms);
      double[] resume = new double[100];
      for (int i = 0; i < resume.length; i++) {
        long t1 = System.nanoTime();
        store.resumes().resumeWithBirthDate(sample.get(i), java.time.LocalDate.of(1970, 1, 1),
            "bench-" + i);
        resume[i] = (System.nanoTime() - t1) / 1e6;
      }
      StoreBench.report("resumeWithBirthDate (refused: lookup + throttle + audit, one commit)",
          resume);
    }
  }
}
