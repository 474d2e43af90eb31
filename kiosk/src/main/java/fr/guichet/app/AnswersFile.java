package fr.guichet.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads an answers file (JSON or YAML: question id to value; household members as a list). */
final class AnswersFile {

  /** A file that cannot be used, with a French message that says where. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private AnswersFile() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Path file) throws Unreadable {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable("Fichier de réponses introuvable : " + file);
    } catch (IOException e) {
      throw new Unreadable("Fichier de réponses illisible : " + file + " (" + e.getMessage() + ")");
    }
    try {
      Object parsed = new ObjectMapper(new YAMLFactory()).readValue(text, Object.class);
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new Unreadable(file + " : il faut une liste « question: réponse », une par ligne (ou un objet JSON).");
      }
      return new LinkedHashMap<>((Map<String, Object>) map);
    } catch (JsonProcessingException e) {
      throw new Unreadable(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": fichier mal formé (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
  }
}
