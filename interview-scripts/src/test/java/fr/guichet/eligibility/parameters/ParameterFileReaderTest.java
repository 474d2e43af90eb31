package fr.guichet.eligibility.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterFileReaderTest {
  private static final LegalParameters P = LegalParameters.bundled();

  @Test
  void bundledFiles_whenListed_matchEveryShippedYaml() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("parameters"))) {
      List<String> shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
      assertThat(shipped).containsExactlyInAnyOrderElementsOf(BundledParameterFiles.NAMES);
    }
  }

  @Test
  void everyParameter_whenLoaded_hasALegalReferenceOnEachValue() {
    for (String key : P.keys()) {
      assertThat(P.series(key).values()).allSatisfy(v -> assertThat(v.reference()).as(key).isNotBlank());
    }
  }

  @ParameterizedTest
  @CsvSource({
      "rsa.montant_de_base, 2018-05-01, 550.93",
      "rsa.montant_de_base, 2026-03-31, 646.52",
      "rsa.montant_de_base, 2026-04-01, 651.69",
      "ppa.taux_bonification_max, 2026-03-01, 0.29101",
      "ppa.taux_bonification_max, 2026-04-01, 0.377",
      "aah.deconjugalisation, 2023-09-30, 0",
      "aah.deconjugalisation, 2023-10-01, 1",
      "af.majoration_age_seuil, 2026-02-28, 14",
      "af.majoration_age_seuil, 2026-03-01, 18",
      "smic.horaire_brut, 2026-06-01, 12.31",
      "cheque_energie.seuil_fin, 2018-06-01, 7700",
      "cheque_energie.seuil_fin, 2026-01-01, 11000",
  })
  void parameter_onDate_takesTheValueInForce(String key, LocalDate date, BigDecimal expected) {
    assertThat(P.get(key, date)).isEqualByComparingTo(expected);
  }

  @Test
  void parameter_beforeFirstValue_isRefused() {
    assertThatThrownBy(() -> P.get("rsa.montant_de_base", LocalDate.of(2010, 1, 1))).hasMessageContaining("rsa.montant_de_base");
  }

  @Test
  void brokenFile_isRefusedWithFileLineAndWhatIsWrong() {
    String yaml = """
        description: Essai
        parameters:
          montant:
            description: Un montant
            values:
              2024-04-01: {value: douze, reference: Décret}
              2025-13-01: {value: 12, reference: Décret}
              2026-04-01: {value: 13}
          vide:
            description: Sans valeur
        """;
    assertThatThrownBy(() -> ParameterFileReader.read("essai.yaml", "essai", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ParameterFileException.class, e -> assertThat(e.problems()).satisfiesExactlyInAnyOrder(
            p -> assertThat(p).startsWith("essai.yaml, ligne 6").contains("doit être un nombre"),
            p -> assertThat(p).startsWith("essai.yaml, ligne 6").contains("pas de nombre"),
            p -> assertThat(p).startsWith("essai.yaml, ligne 7").contains("2025-13-01"),
            p -> assertThat(p).startsWith("essai.yaml, ligne 8").contains("reference"),
            p -> assertThat(p).startsWith("essai.yaml, ligne 9").contains("vide")));
  }

  @Test
  void unreadableYaml_isRefusedWithPosition() {
    String yaml = "parameters:\n  montant: [1, 2\n";
    assertThatThrownBy(() -> ParameterFileReader.read("casse.yaml", "casse", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("casse.yaml, ligne");
  }
}
