package fr.guichet.privacy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Searches the raw bytes of the database files (main file, WAL) for given byte strings. */
public final class RawFiles {
  private RawFiles() {}

  /** Each needle found in what the store keeps (see {@link StoreBackend#rawBytes}). */
  static List<String> find(fr.guichet.testing.StoreBackend backend, List<byte[]> needles,
      List<String> names) throws IOException {
    List<String> found = new ArrayList<>();
    for (byte[] raw : backend.rawBytes()) {
      for (int i = 0; i < needles.size(); i++) {
        if (indexOf(raw, needles.get(i)) >= 0) {
          found.add(names.get(i) + " in " + backend.kind());
        }
      }
    }
    return found;
  }

  /** Each needle found in any {@code guichet.db*} file, as "needle in file". */
  public static List<String> find(Path dir, List<byte[]> needles, List<String> names) throws IOException {
    List<String> found = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().startsWith("guichet.db")) {
          continue;
        }
        byte[] raw = Files.readAllBytes(f);
        for (int i = 0; i < needles.size(); i++) {
          if (indexOf(raw, needles.get(i)) >= 0) {
            found.add(names.get(i) + " in " + f.getFileName());
          }
        }
      }
    }
    return found;
  }

  /** The text in UTF-8 and UTF-16 (both orders), as SQLite may store it. */
  public static List<byte[]> encodings(String text) {
    List<byte[]> all = new ArrayList<>();
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE}) {
      all.add(text.getBytes(cs));
    }
    return all;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
