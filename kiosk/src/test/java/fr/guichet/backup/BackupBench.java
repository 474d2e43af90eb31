package fr.guichet.backup;

import fr.guichet.store.Actor;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.Stores;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStore;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Benchmark, run by hand (not a test): {@code java -cp ... fr.guichet.backup.BackupBench DIR
 * [sessions] [answers]}. Fills a store through the real store API (every value sealed, every
 * write audited), then times {@code SqliteBackup.create} and {@code inspect} on it. Put DIR on
 * tmpfs (/dev/shm) to fill it quickly; the backup figure is then the CPU-bound part.
 */
public final class BackupBench {
  private BackupBench() {}

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "/dev/shm"),
        "guichet-backup-bench");
    int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int answers = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Actor desk = new Actor("bench", "bench-1");
    long t0 = System.nanoTime();
    try (Stores stores = SqliteStores.open(DataDirectory.of(base.resolve("data")))) {
      SessionStore store = stores.sessions();
      for (int i = 0; i < sessions; i++) {
        Session s = store.create("accueil-ccas", "1", desk);
        store.open(s.id(), desk);
        for (int a = 0; a < answers; a++) {
          store.appendAnswer(s.id(), "q" + a, "réponse " + i + "-" + a, desk);
        }
        store.release(s.id(), desk.terminalId());
      }
    }
    Path db = base.resolve("data").resolve("guichet.db");
    System.out.printf("filled %d sessions x %d answers: %.1f s, database %.1f MB%n", sessions,
        answers, (System.nanoTime() - t0) / 1e9, Files.size(db) / 1e6);
    System.out.println("data " + base);
    for (int run = 1; run <= 3; run++) {
      Path out = base.resolve("copy-" + run + ".db");
      long t1 = System.nanoTime();
      SqliteBackup.Made made = SqliteBackup.create(db, out, Clock.systemUTC());
      double backup = (System.nanoTime() - t1) / 1e9;
      long t2 = System.nanoTime();
      SqliteBackup.Inspection inspection = SqliteBackup.inspect(out);
      double inspect = (System.nanoTime() - t2) / 1e9;
      System.out.printf("run %d: backup %.2f s (%.1f MB, %s), inspect %.2f s (intact %s)%n", run,
          backup, made.bytes() / 1e6, made.summary(), inspect, inspection.intact());
      if (run < 3) {
        Files.delete(out);
      }
    }
  }
}
