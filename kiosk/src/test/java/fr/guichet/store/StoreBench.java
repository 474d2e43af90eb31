package fr.guichet.store;

import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark, run by hand (not a test): {@code java -cp ... fr.guichet.store.StoreBench [dir]
 * [saves] [sessions]}. Compares one durable answer save with a bare sqlite-jdbc insert + commit
 * on the same disk, then times resume-code lookups among a million sessions.
 */
public final class StoreBench {
  private StoreBench() {}

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory(
        args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir")),
        "guichet-bench");
    int saves = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    System.out.println("dir " + base + ", " + saves + " saves, " + sessions + " sessions");

    double[] bare = bareInsertCommit(base.resolve("bare.db"), saves);
    double[] store = storeSaves(base.resolve("store"), saves);
    report("bare sqlite-jdbc insert+commit (WAL, synchronous=FULL)", bare);
    report("Stores.appendAnswer (lease check, AES-GCM, event, audit)", store);
    System.out.printf("ratio store/bare: mean %.2f, p50 %.2f%n",
        mean(store) / mean(bare), pct(store, 50) / pct(bare, 50));

    lookups(base.resolve("million"), sessions);
  }

  /** A bare sqlite-jdbc INSERT + COMMIT (WAL, synchronous=FULL), n times after 50 warm-up runs, in ms. */
  public static double[] bareInsertCommit(Path file, int n) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, v BLOB)");
      }
      c.setAutoCommit(false);
      byte[] value = new byte[60];
      double[] ms = new double[n];
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
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

  private static double[] storeSaves(Path dir, int n) {
    Actor actor = new Actor("bench", "poste-1");
    try (Stores store = SqliteStores.open(DataDirectory.of(dir))) {
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
  }

  private static void lookups(Path dir, int sessions) throws SQLException, IOException {
    SecureRandom random = new SecureRandom();
    SqliteStores.open(DataDirectory.of(dir)).close();
    List<ResumeCode> sample = new ArrayList<>();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("guichet.db"))) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT OR IGNORE INTO sessions (id, resume_code, script_id, script_version, status,"
              + " created_at, updated_at, created_by) VALUES (?, ?, 'bench', '1', 'EN_COURS', ?, ?,"
              + " 'bench')")) {
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
    }
    System.out.printf("inserted %d sessions in one transaction: %.1f s, file %.0f MB%n", sessions,
        (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve("guichet.db")) / 1e6);

    try (Stores store = SqliteStores.open(DataDirectory.of(dir),
        Clock.systemUTC(), StoreSettings.defaults())) {
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
      report("findByCode among " + sessions + " sessions", ms);
      double[] resume = new double[100];
      for (int i = 0; i < resume.length; i++) {
        long t1 = System.nanoTime();
        store.resumes().resumeWithBirthDate(sample.get(i), LocalDate.of(1970, 1, 1), "bench-" + i);
        resume[i] = (System.nanoTime() - t1) / 1e6;
      }
      report("resumeWithBirthDate (refused: lookup + throttle + audit, one durable commit)",
          resume);
    }
  }

  static void report(String what, double[] ms) {
    System.out.printf("%-75s mean %.3f ms, p50 %.3f, p99 %.3f (n=%d)%n", what, mean(ms),
        pct(ms, 50), pct(ms, 99), ms.length);
  }

  static double mean(double[] ms) {
    return Arrays.stream(ms).average().orElse(0);
  }

  static double pct(double[] ms, int p) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
