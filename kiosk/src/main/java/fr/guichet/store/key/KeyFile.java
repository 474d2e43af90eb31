package fr.guichet.store.key;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the key file: one line {@code guichet-key-v1 <base64 of 32 bytes>}, owner
 * read/write only (0600). Files are written to a temporary name, synced, then linked or renamed
 * into place so that no process ever reads a half-written key.
 */
public final class KeyFile {
  public static final String FILE_NAME = "guichet.key";
  /** The next key during a rotation, renamed over {@link #FILE_NAME} once the database commits. */
  public static final String NEXT_FILE_NAME = "guichet.key.next";
  private static final String HEADER = "guichet-key-v1 ";
  private static final Set<PosixFilePermission> OWNER_RW =
      PosixFilePermissions.fromString("rw-------");

  private KeyFile() {}

  public static Optional<DataKey> read(Path file, SecureRandom random) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (!text.startsWith(HEADER)) {
      throw unreadable(file, null);
    }
    try {
      byte[] secret = Base64.getDecoder().decode(text.substring(HEADER.length()));
      if (secret.length != DataKey.SECRET_BYTES) {
        throw unreadable(file, null);
      }
      return Optional.of(DataKey.of(secret, random));
    } catch (IllegalArgumentException e) {
      throw unreadable(file, e);
    }
  }

  /** Writes {@code key} to {@code file} unless it exists; returns the key now in the file. */
  public static DataKey createIfAbsent(Path file, DataKey key, SecureRandom random) {
    Path temp = writeTemp(file, key);
    try {
      Files.createLink(file, temp);
      syncDirectory(file.getParent());
      return key;
    } catch (FileAlreadyExistsException e) {
      return read(file, random).orElseThrow(() -> unreadable(file, e));
    } catch (IOException | UnsupportedOperationException e) {
      throw unwritable(file, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** Writes {@code key} to {@code file}, replacing it atomically. */
  public static void replace(Path file, DataKey key) {
    Path temp = writeTemp(file, key);
    moveAtomically(temp, file);
  }

  public static void moveAtomically(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(to.getParent());
    } catch (IOException e) {
      throw unwritable(to, e);
    }
  }

  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is harmless; it is owner-only
    }
  }

  private static Path writeTemp(Path file, DataKey key) {
    byte[] line = (HEADER + Base64.getEncoder().encodeToString(key.secret()) + "\n")
        .getBytes(StandardCharsets.US_ASCII);
    try {
      Path temp = DataDirectory.posix()
          ? Files.createTempFile(file.getParent(), ".guichet-key", ".tmp",
              PosixFilePermissions.asFileAttribute(OWNER_RW))
          : Files.createTempFile(file.getParent(), ".guichet-key", ".tmp");
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(line));
        ch.force(true);
      }
      return temp;
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the rename itself is still atomic
    }
  }

  private static StoreException unreadable(Path file, Exception cause) {
    return new StoreException(
        "Le fichier de clé " + file + " est illisible ou abîmé : les données ne peuvent pas être"
            + " déchiffrées. Restaurez-le depuis la sauvegarde.",
        "Key file " + file + " is unreadable or malformed", cause);
  }

  private static StoreException unwritable(Path file, Exception cause) {
    return new StoreException(
        "Impossible d'écrire le fichier de clé " + file
            + ". Vérifiez que le dossier de données est accessible en écriture.",
        "Cannot write key file " + file, cause);
  }
}
