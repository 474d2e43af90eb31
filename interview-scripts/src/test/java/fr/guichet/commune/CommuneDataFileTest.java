package fr.guichet.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Checks the bundled data file itself, row by row. */
class CommuneDataFileTest {

  private static List<String> lines() throws IOException {
    try (InputStream in = CommuneDataFileTest.class.getClassLoader().getResourceAsStream(CommuneTsv.RESOURCE)) {
      assertThat(in).as(CommuneTsv.RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void headerNamesPackageVersionAndLicence() throws IOException {
    String header = lines().get(0);
    assertThat(header).startsWith("#")
        .contains("@etalab/decoupage-administratif 6.0.0")
        .contains("Licence Ouverte / Etalab");
    assertThat(CommuneDirectory.get().source()).contains("6.0.0");
  }

  @Test
  void everyRowParses() throws IOException {
    List<String> lines = lines();
    List<Commune> parsed = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    CommuneTsv.Context context = new CommuneTsv.Context();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (CommuneTsv.isComment(line)) {
        continue;
      }
      assertThat(line.split("\t", -1)).as("line %d", i + 1).hasSize(CommuneTsv.COLUMNS);
      Commune commune = CommuneTsv.parse(line, i + 1, context);
      assertThat(codes.add(commune.inseeCode())).as("unique %s", commune.inseeCode()).isTrue();
      parsed.add(commune);
    }
    assertThat(parsed).hasSizeGreaterThan(34_000);
    assertThat(CommuneDirectory.get().size()).isEqualTo(parsed.size());
    assertThat(CommuneDirectory.get().all()).containsExactlyElementsOf(parsed);

    assertThat(parsed).filteredOn(c -> c.postalCodes().isEmpty()).hasSizeLessThan(10);
    assertThat(parsed).filteredOn(Commune::hasEpci).hasSizeGreaterThan(34_000);
    assertThat(parsed).filteredOn(c -> c.departement().equals("2A")).isNotEmpty();
    assertThat(parsed).filteredOn(c -> c.departement().equals("974")).hasSize(24);
    assertThat(context.epciNames).hasSize(1_255);
    assertThat(parsed).filteredOn(Commune::hasEpci).allSatisfy(c -> assertThat(c.epciName()).isNotBlank());
  }

  @Test
  void fastNameKeysAgreeWithWordKeys() {
    for (Commune commune : CommuneDirectory.get().all()) {
      List<String> words = CommuneNames.words(commune.name());
      String[] keys = CommuneNames.nameKeys(commune.name());
      assertThat(keys).as(commune.name()).containsExactly(
          CommuneNames.key(words), CommuneNames.strippedKey(words));
    }
  }

  @Test
  void malformedRowsAreRejectedWithTheirLineNumber() {
    CommuneTsv.Context epci = new CommuneTsv.Context();
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t25000", 12, epci))
        .hasMessageContaining("line 12");
    assertThatThrownBy(() -> CommuneTsv.parse("2505\tBesançon\t25\t25000\t1\t\t", 3, epci))
        .hasMessageContaining("INSEE");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t2\t25000\t1\t\t", 3, epci))
        .hasMessageContaining("département");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t2500\t1\t\t", 3, epci))
        .hasMessageContaining("postal code");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t25000\tmany\t\t", 3, epci))
        .hasMessageContaining("population");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t25000\t1\t242500361\t", 3, epci))
        .hasMessageContaining("not named on an earlier row");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t25000\t1\t\tCU X", 3, epci))
        .hasMessageContaining("without a SIREN");
    assertThatThrownBy(() -> CommuneTsv.parse("25056\tBesançon\t25\t25000\t1\t\t\t", 3, epci))
        .hasMessageContaining("more than 7 columns");
    assertThat(CommuneTsv.parse("98412\tArchipel des Kerguelen\t984\t\t\t\t", 1, epci).population()).isZero();

    CommuneTsv.parse("25056\tBesançon\t25\t25000\t1\t242500361\tCU Grand Besançon Métropole", 4, epci);
    assertThat(CommuneTsv.parse("25057\tB\t25\t25000\t1\t242500361\t", 5, epci).epciName())
        .isEqualTo("CU Grand Besançon Métropole");
    assertThatThrownBy(() -> CommuneTsv.parse("25058\tC\t25\t25000\t1\t242500361\tOther", 6, epci))
        .hasMessageContaining("already named");
  }

  @Test
  void parsesASmallFile() {
    CommuneDirectory small = CommuneDirectory.parse("# test\n"
        + "25056\tBesançon\t25\t25000\t118489\t242500361\tCU Grand Besançon Métropole\r\n"
        + "25057\tBesançon-le-Petit\t25\t25000\t10\t242500361\tCU Grand Besançon Métropole\n");
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.source()).isEqualTo("test");
    assertThat(small.resolve("25000")).isInstanceOf(CommuneMatch.Ambiguous.class);
    assertThat(small.all().get(0).epciName()).isSameAs(small.all().get(1).epciName());
    assertThatThrownBy(() -> CommuneDirectory.parse("# nothing\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommuneDirectory.parse(
        "25056\tA\t25\t25000\t1\t\t\n25056\tB\t25\t25000\t1\t\t\n")).hasMessageContaining("duplicate");
    CommuneDirectory unsorted = CommuneDirectory.parse(
        "25057\tB\t25\t25000\t1\t\t\n25056\tA\t25\t25000\t2\t\t\n");
    assertThat(unsorted.byInseeCode("25057")).map(Commune::name).contains("B");
    assertThat(unsorted.byInseeCode("25056")).map(Commune::name).contains("A");
  }
}
