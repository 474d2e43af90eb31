package fr.guichet.doctor;

import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;

/**
 * Whether the store opens with its key and is at this software's schema version. Never creates
 * the database, never migrates it, and never opens it as another user than the directory's
 * owner (files created by root would lock the kiosk out).
 */
final class StoreCheck {
  private final DataDirectory dir;
  private final String user;

  StoreCheck(DataDirectory dir, String user) {
    this.dir = dir;
    this.user = user;
  }

  Finding store() {
    String subject = "base " + dir.databaseFile();
    if (!Files.exists(dir.databaseFile())) {
      return Finding.ok(subject, "pas encore créée ; elle le sera au premier lancement");
    }
    try {
      String owner = Files.getOwner(dir.path()).getName();
      if (!owner.equals(user)) {
        return Finding.action(subject, "non ouverte, car elle appartient à " + owner
            + ". Relancez le diagnostic en tant que " + owner + " : sudo -u " + owner
            + " guichet doctor --data " + dir);
      }
    } catch (IOException e) {
      return Finding.action(subject, "propriétaire illisible (" + e.getMessage() + ").");
    }
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + dir.databaseFile());
    int pending;
    try {
      pending = Flyway.configure(StoreCheck.class.getClassLoader()).dataSource(source)
          .locations("classpath:db/migration").load().info().pending().length;
    } catch (FlywayException e) {
      return Finding.action(subject, "elle ne s'ouvre pas (" + e.getMessage()
          + "). Restaurez la dernière sauvegarde : guichet restore FICHIER --force");
    }
    if (pending > 0) {
      return Finding.action(subject, pending + " mise(s) à jour du schéma en attente : elles se"
          + " feront au prochain lancement. Faites d'abord une sauvegarde : guichet backup --out"
          + " FICHIER");
    }
    try (Stores store = SqliteStores.open(dir)) {
      int sessions = store.sessions().list().size();
      if (store.audit().firstBroken().isPresent()) {
        return Finding.action(subject, "le journal d'audit est rompu : prévenez le responsable"
            + " (guichet audit --verify) et gardez une copie du dossier.");
      }
      return Finding.ok(subject, "ouverte avec la clé, schéma à jour, " + sessions + " dossiers");
    } catch (StoreException e) {
      return Finding.action(subject, e.userMessage());
    }
  }

  /** The time of the latest write in the store, to catch a clock set back. */
  Optional<Instant> lastWrite() {
    if (!Files.exists(dir.databaseFile())) {
      return Optional.empty();
    }
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:"
            + dir.databaseFile() + "?mode=ro");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(updated_at) FROM sessions")) {
      long at = rs.next() ? rs.getLong(1) : 0;
      return at > 0 ? Optional.of(Instant.ofEpochMilli(at)) : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
