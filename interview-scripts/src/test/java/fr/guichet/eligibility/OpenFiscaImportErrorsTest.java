package fr.guichet.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.eligibility.openfisca.OpenFiscaCalculator;
import fr.guichet.eligibility.openfisca.OpenFiscaInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The import refuses what it cannot compute, naming the variable, the id or the position. */
class OpenFiscaImportErrorsTest {
  private static final EligibilityEngine ENGINE = EligibilityEngine.withBundledParameters();

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void fill_whenVariableUnsupported_namesIt() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"salaire_de_base": {"2024-01": 1000}}}, "familles": {"f": {"parents": ["p1"], "rsa": {"2024-01": null}}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).isInstanceOf(OpenFiscaInputException.class).hasMessageContaining("salaire_de_base");
  }

  /** Found by the fuzz target "openfisca: edited tree" (seed 23227602830327): a year 0000 crashed the import. */
  @Test
  void fill_whenPeriodIsBeforeAnyLegalValue_refusesInFrenchNamingThePeriod() throws Exception {
    JsonNode doc = json("""
        {"individus": {"personne1": {}}, "familles": {"famille_1": {"parents": ["personne1"]}},
         "foyers_fiscaux": {"foyer_fiscal_1": {"declarants": [], "rfr": {"2017": 7800}}},
         "menages": {"menage_1": {"personne_de_reference": "personne1", "cheque_energie_unites_consommation": {"2019": 1},
                                  "cheque_energie_montant": {"0000": null}}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).isInstanceOf(OpenFiscaInputException.class)
        .hasMessageContaining("période 0000 trop ancienne pour cheque_energie_montant");
  }

  @Test
  void fill_whenOutputUnsupported_namesIt() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {}}, "familles": {"f": {"parents": ["p1"], "paje_clca": {"2024-01": null}}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).hasMessageContaining("paje_clca");
  }

  @Test
  void fill_whenRoleNamesUnknownId_refuses() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {}}, "familles": {"f": {"parents": ["p1", "ghost"]}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).hasMessageContaining("ghost");
  }

  @Test
  void fill_whenPersonInTwoGroups_refuses() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {}}, "menages": {"m1": {"personne_de_reference": "p1"}, "m2": {"personne_de_reference": ["p1"]}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).hasMessageContaining("p1").hasMessageContaining("m1").hasMessageContaining("m2");
  }

  @Test
  void fill_whenMonthGivenForYearlyVariable_refuses() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {}}, "foyers_fiscaux": {"f": {"declarants": ["p1"], "rfr": {"2024-01": 1000}}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).hasMessageContaining("rfr");
  }

  @Test
  void fill_whenValueHasTheWrongType_refusesNamingVariableAndPeriod() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"salaire_net": {"2024-01": "mille"}}}, "familles": {"f": {"parents": ["p1"], "rsa": {"2024-02": null}}}}""");
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(doc)).hasMessageContaining("salaire_net").hasMessageContaining("2024-01");
  }

  @Test
  void fill_whenCategoryGivenByIndex_readsItAsOpenFiscaDoes() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"age": {"2017-10": 40}}},
         "familles": {"f": {"parents": ["p1"], "rsa_forfait_logement": {"2017-10": null}}},
         "menages": {"m": {"personne_de_reference": "p1", "statut_occupation_logement": {"2017-10": 2}}}}""");
    assertThat(ENGINE.computeOpenFisca(doc).at("/familles/f/rsa_forfait_logement/2017-10").asDouble())
        .isEqualTo(65.46, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void parse_whenJsonMalformed_saysLineAndColumn() {
    byte[] bad = "{\n  \"individus\": {\n    \"p1\": {,}\n  }\n}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OpenFiscaCalculator.parse(new ByteArrayInputStream(bad)))
        .isInstanceOf(OpenFiscaInputException.class).hasMessageContaining("ligne 3").hasMessageContaining("colonne");
  }

  @Test
  void fill_whenPersonInNoFamille_computesForHerOwnGroup() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"age": {"2022-04": 40, "2022-01": 40}}, "p2": {}},
         "familles": {"f": {"parents": ["p2"], "rsa": {"2022-04": null}}}}""");
    JsonNode out = ENGINE.computeOpenFisca(doc);
    assertThat(out.at("/familles/f/rsa/2022-04").asDouble()).isEqualTo(575.52, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void fill_whenValueGiven_keepsItAndComputesOnlyNulls() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"age": {"2022-04": 40}}},
         "familles": {"f": {"parents": ["p1"], "rsa": {"2022-03": 12.5, "2022-04": null}}}}""");
    JsonNode out = ENGINE.computeOpenFisca(doc);
    assertThat(out.at("/familles/f/rsa/2022-03").asDouble()).isEqualTo(12.5);
    assertThat(out.at("/familles/f/rsa/2022-04").isNumber()).isTrue();
  }

  // Regressions found by the fuzz targets (fr.guichet.fuzz.OpenFiscaImportFuzzTest): each crashed with a Java exception.

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "famille sans membre|{\"individus\": {\"p1\": {}}, \"familles\": {\"f\": {\"rsa\": {\"2024-01\": null}}}}|familles f n'a aucun membre",
    "montant infini|{\"individus\": {\"p1\": {\"salaire_net\": {\"2024-01\": 1e999}}}, \"familles\": {\"f\": {\"parents\": [\"p1\"], \"rsa\": {\"2024-01\": null}}}}|salaire_net",
    "rsa demandé pour une année|{\"individus\": {\"p1\": {}}, \"familles\": {\"f\": {\"parents\": [\"p1\"], \"rsa\": {\"2024\": null}}}}|rsa se calcule par mois",
    "date de naissance impossible|{\"individus\": {\"p1\": {\"date_naissance\": {\"ETERNITY\": \"1980-02-30\"}}}, \"familles\": {\"f\": {\"parents\": [\"p1\"], \"rsa\": {\"2024-01\": null}}}}|date_naissance",
    "trois parents|{\"individus\": {\"a\": {}, \"b\": {}, \"c\": {}}, \"familles\": {\"f\": {\"parents\": [\"a\", \"b\", \"c\"]}}}|deux parents au plus",
    "identifiant vide|{\"individus\": {\" \": {}}}|identifiant vide"})
  void fill_whenTheDocumentCannotDescribeAHousehold_refusesInFrench(String what, String document, String message) throws Exception {
    assertThatThrownBy(() -> ENGINE.computeOpenFisca(json(document))).isInstanceOf(OpenFiscaInputException.class).hasMessageContaining(message);
  }

  @Test
  void fill_whenDeclaredWagesAreNegative_countsThemAsZeroLikeMonthlyAmounts() throws Exception {
    JsonNode doc = json("""
        {"individus": {"p1": {"revenu_assimile_salaire": {"2023": -500}}}, "familles": {"f": {"parents": ["p1"], "rsa": {"2024-01": null}}}}""");
    assertThat(ENGINE.computeOpenFisca(doc).at("/familles/f/rsa/2024-01").isNumber()).isTrue();
  }
}
