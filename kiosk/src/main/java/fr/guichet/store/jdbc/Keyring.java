package fr.guichet.store.jdbc;

import fr.guichet.store.StoreException;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.KeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Finds the data key for a database and keeps it: creates the key file on the very first start,
 * refuses a missing or wrong key file with a clear message, and finishes or undoes a key rotation
 * that a crash interrupted.
 *
 * <p>The database records the key's check value ({@code store_meta.key_check}); the key file must
 * match it. During {@link JdbcKeyStore#rotate} the new key is first written to
 * {@value KeyFile#NEXT_FILE_NAME}, then the database is re-encrypted and its check value changed
 * in one transaction, then the next file is renamed over the key file. Whatever the crash point,
 * one of the two files matches the database, and {@link #load} picks it.
 */
final class Keyring {
  static final String KEY_CHECK = "key_check";

  private final Path keyFile;
  private final Path nextKeyFile;
  private final SecureRandom random;
  private volatile DataKey current;

  private Keyring(Path keyFile, SecureRandom random) {
    this.keyFile = keyFile;
    this.nextKeyFile = keyFile.resolveSibling(KeyFile.NEXT_FILE_NAME);
    this.random = random;
  }

  static Keyring load(Path keyFile, Database db, SecureRandom random) {
    Keyring keyring = new Keyring(keyFile, random);
    keyring.current = db.write("load key", keyring::resolve);
    return keyring;
  }

  DataKey current() {
    return current;
  }

  Path nextKeyFile() {
    return nextKeyFile;
  }

  /** Re-reads the key matching the database, e.g. after another process rotated it. */
  DataKey refresh(Connection c) throws SQLException {
    current = resolve(c);
    return current;
  }

  /** Makes {@code key}, already committed in the database, the key file's key. */
  void installRotated(DataKey key) {
    if (Files.exists(nextKeyFile)) {
      KeyFile.moveAtomically(nextKeyFile, keyFile);
    }
    Optional<DataKey> inFile = KeyFile.read(keyFile, random);
    if (inFile.isEmpty() || !inFile.get().checkValue().equals(key.checkValue())) {
      KeyFile.replace(keyFile, key); // another process moved or removed the next file
    }
    current = key;
  }

  private DataKey resolve(Connection c) throws SQLException {
    Optional<String> recorded = readCheck(c);
    Optional<DataKey> inFile = KeyFile.read(keyFile, random);
    if (recorded.isEmpty()) {
      DataKey key = inFile.orElseGet(
          () -> KeyFile.createIfAbsent(keyFile, DataKey.generate(random), random));
      writeCheck(c, key.checkValue());
      return key;
    }
    String check = recorded.get();
    if (inFile.isPresent() && inFile.get().checkValue().equals(check)) {
      // a leftover next file is a rotation that never committed (or is under way in another
      // process): leave it, the next rotation overwrites it
      return inFile.get();
    }
    Optional<DataKey> next = Files.exists(nextKeyFile)
        ? KeyFile.read(nextKeyFile, random) : Optional.empty();
    if (next.isPresent() && next.get().checkValue().equals(check)) {
      KeyFile.moveAtomically(nextKeyFile, keyFile); // a rotation that committed, then crashed
      return next.get();
    }
    throw inFile.isEmpty() ? missing() : wrong();
  }

  /**
   * The key matching the database now (another process may have rotated it); refused while the
   * key file is missing, so that nothing is sealed under a key that no longer exists on disk.
   */
  DataKey currentFor(Connection c) throws SQLException {
    if (!Files.exists(keyFile)) {
      // The key is still in memory, but what is sealed now could never be read after a restart.
      throw gone();
    }
    DataKey key = current();
    Optional<String> check = readCheck(c);
    if (check.isPresent() && !MessageDigest.isEqual(check.get().getBytes(),
        key.checkValue().getBytes())) {
      key = refresh(c);
    }
    return key;
  }

  static Optional<String> readCheck(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE name = ?")) {
      ps.setString(1, KEY_CHECK);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void writeCheck(Connection c, String check) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO store_meta (name, value) VALUES (?, ?) "
            + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, KEY_CHECK);
      ps.setString(2, check);
      ps.executeUpdate();
    }
  }

  private StoreException missing() {
    return new StoreException(
        "Le fichier de clé " + keyFile + " est introuvable : les données enregistrées ne peuvent"
            + " pas être déchiffrées. Restaurez le fichier de clé depuis la sauvegarde.",
        "Key file " + keyFile + " is missing but the database holds encrypted data");
  }

  private StoreException gone() {
    return new StoreException(
        "Le fichier de clé " + keyFile + " a disparu : rien n'est enregistré tant qu'il n'est pas"
            + " remis en place. Restaurez-le depuis la sauvegarde, puis réessayez.",
        "Key file " + keyFile + " vanished while the store was open; writes refused until it is back");
  }

  private StoreException wrong() {
    return new StoreException(
        "Le fichier de clé " + keyFile + " ne correspond pas à cette base de données : les"
            + " données ne peuvent pas être déchiffrées. Restaurez le bon fichier de clé.",
        "Key file " + keyFile + " does not match the database's key check value");
  }
}
