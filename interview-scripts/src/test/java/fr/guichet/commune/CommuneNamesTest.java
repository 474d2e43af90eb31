package fr.guichet.commune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneNamesTest {

  @Test
  void foldsCaseAccentsAndPunctuation() {
    assertThat(CommuneNames.words("L'Haÿ-les-Roses")).containsExactly("l", "hay", "les", "roses");
    assertThat(CommuneNames.words("  ÉPINAY–sur–ORGE ")).containsExactly("epinay", "sur", "orge");
    assertThat(CommuneNames.words("Cœuvres")).containsExactly("coeuvres");
    assertThat(CommuneNames.words("St-Jean / Ste-Marie s/ Mer")).containsExactly(
        "saint", "jean", "sainte", "marie", "sur", "mer");
    assertThat(CommuneNames.words("paris11e")).containsExactly("paris", "11e");
  }

  @Test
  void keysIgnoreSeparatorsAndOptionalArticle() {
    assertThat(CommuneNames.key(CommuneNames.words("lhay les roses")))
        .isEqualTo(CommuneNames.key(CommuneNames.words("L'Haÿ-les-Roses")));
    assertThat(CommuneNames.strippedKey(CommuneNames.words("Le Havre"))).isEqualTo("havre");
    assertThat(CommuneNames.strippedKey(CommuneNames.words("Les"))).isEqualTo("les");
  }

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertThat(CommuneNames.distance("besancon", "besancon", 2)).isZero();
    assertThat(CommuneNames.distance("besanson", "besancon", 2)).isEqualTo(1);
    assertThat(CommuneNames.distance("besnacon", "besancon", 2)).isEqualTo(1);
    assertThat(CommuneNames.distance("besac", "besancon", 2)).isEqualTo(3);
    assertThat(CommuneNames.distance("abc", "xyz", 1)).isEqualTo(2);
  }
}
