package fr.guichet.eligibility.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameter files shipped in the jar under guichet/parameters/, read from the classpath. */
public final class BundledParameterFiles {
  /** One file per benefit or shared source; a test checks this list against the parameters/ folder. */
  public static final List<String> NAMES =
      List.of("rsa", "ppa", "smic", "css", "aspa", "aah", "af", "impot_revenu", "cheque_energie", "apa", "asf", "cf", "paje", "ars");

  private BundledParameterFiles() {}

  /** Reads every bundled file; all problems of all files are reported together. */
  static LegalParameters read() {
    Map<String, ParameterSeries> all = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String name : NAMES) {
      String resource = "guichet/parameters/" + name + ".yaml";
      try (InputStream in = BundledParameterFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          problems.add(resource + ": fichier de paramètres absent du classpath");
          continue;
        }
        all.putAll(ParameterFileReader.read(resource, name, in));
      } catch (ParameterFileException e) {
        problems.addAll(e.problems());
      } catch (IOException e) {
        throw new UncheckedIOException(resource, e);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterFileException(problems);
    }
    return new LegalParameters(all);
  }

}
