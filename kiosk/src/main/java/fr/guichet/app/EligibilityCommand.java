package fr.guichet.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.openfisca.OpenFiscaCalculator;
import fr.guichet.eligibility.openfisca.OpenFiscaInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eligibility --openfisca FILE}: reads an OpenFisca Web API situation document (FILE, or - for standard input),
 * prints the same document with every null value computed, and exits 0; exits 2 naming what it cannot compute.
 */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    description = "Calcule les prestations nationales d'une situation au format OpenFisca (les valeurs null sont remplies).")
public final class EligibilityCommand implements Callable<Integer> {
  static final int INPUT_REFUSED = 2;

  @Spec CommandSpec spec;

  @Option(names = "--openfisca", paramLabel = "FICHIER", required = true,
      description = "Situation OpenFisca (JSON du Web API /calculate) ; - pour l'entrée standard.")
  String openfisca;

  @Override
  public Integer call() {
    try (InputStream in = open(openfisca)) {
      JsonNode filled = EligibilityEngine.withBundledParameters().computeOpenFisca(OpenFiscaCalculator.parse(in));
      spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(filled));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (OpenFiscaInputException e) {
      return refuse(e.getMessage());
    } catch (NoSuchFileException e) {
      return refuse("fichier introuvable : " + e.getFile());
    } catch (IOException e) {
      return refuse("lecture impossible : " + e.getMessage());
    }
  }

  private int refuse(String message) {
    spec.commandLine().getErr().println("Erreur : " + message);
    spec.commandLine().getErr().flush();
    return INPUT_REFUSED;
  }

  private static InputStream open(String file) throws IOException {
    if (file.equals("-")) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open for the caller
        }
      };
    }
    return Files.newInputStream(Path.of(file));
  }
}
