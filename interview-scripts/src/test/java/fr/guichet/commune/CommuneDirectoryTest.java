package fr.guichet.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneDirectoryTest {

  private final CommuneDirectory directory = CommuneDirectory.get();

  private Commune found(String typed) {
    CommuneMatch match = directory.resolve(typed);
    assertThat(match).as("resolve(%s)", typed).isInstanceOf(CommuneMatch.Found.class);
    return ((CommuneMatch.Found) match).commune();
  }

  private List<Commune> ambiguous(String typed) {
    CommuneMatch match = directory.resolve(typed);
    assertThat(match).as("resolve(%s)", typed).isInstanceOf(CommuneMatch.Ambiguous.class);
    return ((CommuneMatch.Ambiguous) match).candidates();
  }

  private static List<String> codes(List<Commune> communes) {
    return communes.stream().map(Commune::inseeCode).toList();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Besançon | 25056",
      "besancon | 25056",
      "BESANCON | 25056",
      "  Besançon  | 25056",
      "Besançon 25000 | 25056",
      "25000 Besançon | 25056",
      "paris | 75056",
      "Paris 11e | 75056",
      "Paris 11e arrondissement | 75056",
      "75008 Paris Cedex 08 | 75056",
      "75011 | 75056",
      "75 011 | 75056",
      "75116 | 75056",
      "69003 | 69123",
      "st etienne | 42218",
      "St-Étienne | 42218",
      "saint etienne | 42218",
      "Saint-Étienne (42) | 42218",
      "Saint-Denis 93200 | 93066",
      "Saint-Denis (93) | 93066",
      "93200 Saint-Denis | 93066",
      "Saint-Denis 93 | 93066",
      "Saint-Denis 974 | 97411",
      "Saint-Denis 97400 | 97411",
      "L'Haÿ-les-Roses | 94038",
      "lhay les roses | 94038",
      "L’Haÿ les Roses | 94038",
      "l hay-les-roses | 94038",
      "Haÿ-les-Roses | 94038",
      "2A004 | 2A004",
      "2a004 | 2A004",
      "Ajaccio | 2A004",
      "Ajaccio 20 | 2A004",
      "Ajaccio (2A) | 2A004",
      "25056 | 25056",
      "Le Havre | 76351",
      "havre | 76351",
      "lehavre | 76351",
      "Villeneuve d'Ascq | 59009",
      "villeneuve dascq | 59009",
      "Ste-Foy-lès-Lyon | 69202",
      "Sainte Foy les Lyon | 69202",
      "Boulogne s/ Mer | 62160",
      "Coeuvres-et-Valsery | 02201",
      "Mt-de-Marsan | 40192",
      "Saint-Denis 93299 | 93066",
      "1400 L'Abergement-Clémenciat | 01001",
      "Besancon 25099 | 25056",
      "Besanson 25000 | 25056",
  })
  void resolvesToTheOfficialInseeCode(String typed, String insee) {
    assertThat(found(typed).inseeCode()).isEqualTo(insee);
  }

  @Test
  void saintDenisIsAmbiguousLargestFirst() {
    List<Commune> candidates = ambiguous("Saint-Denis");
    assertThat(codes(candidates)).contains("93066", "97411", "11339", "30247");
    assertThat(codes(candidates).subList(0, 2)).containsExactly("97411", "93066");
    assertThat(candidates).isSortedAccordingTo(
        (a, b) -> Integer.compare(b.population(), a.population()));
    assertThat(directory.resolve("st denis")).isEqualTo(directory.resolve("Saint-Denis"));
  }

  @Test
  void sharedPostalCodeIsAmbiguousLargestFirst() {
    List<Commune> candidates = ambiguous("51300");
    assertThat(candidates).hasSize(46)
        .allSatisfy(c -> assertThat(c.postalCodes()).contains("51300"))
        .isSortedAccordingTo((a, b) -> Integer.compare(b.population(), a.population()));
    assertThat(candidates.get(0).name()).isEqualTo("Vitry-le-François");
    assertThat(candidates.size()).isLessThanOrEqualTo(CommuneDirectory.MAX_CANDIDATES);
  }

  @Test
  void postalCodeServingOneCommuneIsFound() {
    assertThat(found("93200").inseeCode()).isEqualTo("93066");
    assertThat(found("20000").inseeCode()).isEqualTo("2A004");
    assertThat(found("97400").inseeCode()).isEqualTo("97411");
  }

  @Test
  void fiveDigitsArePostalCodesBeforeInseeCodes() {
    // 01100 is Oyonnax's postal code and also the INSEE code of another commune.
    Commune insee01100 = directory.byInseeCode("01100").orElseThrow();
    assertThat(insee01100.postalCodes()).doesNotContain("01100");
    CommuneMatch match = directory.resolve("01100");
    if (match instanceof CommuneMatch.Found f) {
      assertThat(f.commune().postalCodes()).contains("01100");
    } else {
      assertThat(((CommuneMatch.Ambiguous) match).candidates())
          .allSatisfy(c -> assertThat(c.postalCodes()).contains("01100"));
    }
  }

  @Test
  void parenthesisedPartOfANameIsOptional() {
    assertThat(codes(ambiguous("Chateau Chinon"))).containsExactlyInAnyOrder("58062", "58063");
    assertThat(found("Château-Chinon (Ville)").inseeCode()).isEqualTo("58062");
    assertThat(ambiguous("Bors")).hasSize(2).allSatisfy(c -> assertThat(c.name()).startsWith("Bors ("));
    // Three "Castillon" and two "Castillon (Canton de ...)": all are offered.
    assertThat(ambiguous("Castillon")).hasSize(5);
  }

  @Test
  void articleOrNoArticleOffersBoth() {
    assertThat(codes(ambiguous("La Rochelle"))).containsExactly("17300", "70450");
    assertThat(codes(ambiguous("rochelle"))).containsExactly("17300", "70450");
    assertThat(found("La Rochelle 17000").inseeCode()).isEqualTo("17300");
  }

  @Test
  void typoIsOfferedForConfirmation() {
    assertThat(codes(ambiguous("Besanson"))).containsExactly("25056");
    assertThat(codes(ambiguous("Strasbuorg"))).containsExactly("67482");
  }

  @Test
  void contradictingPostalCodeAsksForConfirmation() {
    // Besançon exists, but not in the Gironde: show it rather than guess or give up.
    assertThat(codes(ambiguous("Besançon 33000"))).containsExactly("25056");
    assertThat(codes(ambiguous("Paris (2B)"))).containsExactly("75056");
    assertThat(codes(ambiguous("Saint-Denis 13"))).startsWith("97411", "93066");
  }

  @Test
  void unknownNumberLikeWordsAreIgnored() {
    assertThat(found("Paris 2C").inseeCode()).isEqualTo("75056");
    assertThat(found("Paris 123456").inseeCode()).isEqualTo("75056");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zorglubville-sur-Mer", "xqzwv", "", "   ", "-", "93", "99999", "2A999", "azertyuiop", "Saint-Zorglub 93200"})
  void nonsenseIsNotFound(String typed) {
    assertThat(directory.resolve(typed)).isEqualTo(new CommuneMatch.NotFound());
  }

  @Test
  void nullIsNotFound() {
    assertThat(directory.resolve(null)).isInstanceOf(CommuneMatch.NotFound.class);
    assertThat(directory.byInseeCode(null)).isEmpty();
  }

  @Test
  void byInseeCode() {
    Commune besancon = directory.byInseeCode("25056").orElseThrow();
    assertThat(besancon.name()).isEqualTo("Besançon");
    assertThat(besancon.departement()).isEqualTo("25");
    assertThat(besancon.postalCodes()).containsExactly("25000");
    assertThat(besancon.population()).isGreaterThan(100_000);
    assertThat(besancon.epciSiren()).isEqualTo("242500361");
    assertThat(besancon.epciName()).isEqualTo("CU Grand Besançon Métropole");

    assertThat(directory.byInseeCode(" 2a004 ")).map(Commune::name).contains("Ajaccio");
    assertThat(directory.byInseeCode("75111")).as("arrondissements are not communes").isEmpty();
    assertThat(directory.byInseeCode("nope")).isEmpty();
  }

  @Test
  void communesOutsideAnyEpci() {
    Commune ouessant = found("Ouessant");
    assertThat(ouessant.hasEpci()).isFalse();
    assertThat(ouessant.epciSiren()).isNull();
    assertThat(ouessant.epciName()).isNull();
  }

  @Test
  void loadsOnce() {
    assertThat(CommuneDirectory.get()).isSameAs(directory);
  }
}
