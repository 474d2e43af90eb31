package fr.guichet.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {
  private static final AccessPolicy POLICY = AccessPolicy.defaults();

  /** A household as the default script records it: identity, situation, money, health. */
  private static Map<String, String> answers() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("nom", "Quatrefages");
    a.put("prenom", "Ginette");
    a.put("date_naissance", "1947-11-23");
    a.put("telephone", "0612345678");
    a.put("commune", "75056");
    a.put("logement_statut", "locataire");
    a.put("nb_enfants", "2");
    a.put("conjoint.activite", "salarie");
    a.put("ressources_percues", "oui");
    a.put("salaire_m1", "1234.56");
    a.put("conjoint.salaire_m1", "987.00");
    a.put("montant_pension", "650.00");
    a.put("revenus_fonciers", "0");
    a.put("taux_incapacite", "80");
    a.put("handicap_reconnu", "oui");
    a.put("conjoint.autonomie_aide", "oui");
    a.put("gir", "4");
    return a;
  }

  @Test
  void filter_forAccueil_keepsIdentityOnly() {
    assertThat(POLICY.filter(Role.ACCUEIL, answers()).keySet())
        .containsExactly("nom", "prenom", "telephone");
  }

  @Test
  void maySee_forAccueil_noBirthDateOfTheApplicantNorOfAnyHouseholdMember() {
    assertThat(POLICY.maySee(Role.ACCUEIL, "date_naissance")).isFalse();
    assertThat(POLICY.maySee(Role.ACCUEIL, "enfant.1.date_naissance")).isFalse();
    assertThat(POLICY.maySee(Role.ACCUEIL, "conjoint.date_naissance")).isFalse();
    assertThat(POLICY.maySee(Role.MEDIATEUR, "enfant.1.date_naissance")).isTrue();
    assertThat(POLICY.maySee(Role.TRAVAILLEUR_SOCIAL, "date_naissance")).isTrue();
  }

  @Test
  void filter_forMediateur_keepsEverythingButHidesNothingOfTheInterview() {
    assertThat(POLICY.filter(Role.MEDIATEUR, answers())).isEqualTo(answers());
    assertThat(POLICY.maySeeNotes(Role.MEDIATEUR)).isFalse();
  }

  @Test
  void filter_forTravailleurSocial_keepsEverythingAndNotes() {
    assertThat(POLICY.filter(Role.TRAVAILLEUR_SOCIAL, answers())).isEqualTo(answers());
    assertThat(POLICY.maySeeNotes(Role.TRAVAILLEUR_SOCIAL)).isTrue();
  }

  @Test
  void filter_forResponsable_hidesIncomeHealthAndNotes() {
    Map<String, String> seen = POLICY.filter(Role.RESPONSABLE, answers());
    assertThat(seen.keySet()).containsExactly("nom", "prenom", "date_naissance", "telephone",
        "commune", "logement_statut", "nb_enfants", "conjoint.activite");
    assertThat(seen.values()).doesNotContain("1234.56", "987.00", "650.00", "80", "4");
    assertThat(POLICY.maySeeNotes(Role.RESPONSABLE)).isFalse();
  }

  @Test
  void filter_forAccueil_neverShowsIncomeHealthOrNotes() {
    Map<String, String> seen = POLICY.filter(Role.ACCUEIL, answers());
    assertThat(seen.values()).doesNotContain("1234.56", "987.00", "650.00", "80", "4", "oui");
    assertThat(POLICY.maySeeNotes(Role.ACCUEIL)).isFalse();
    assertThat(POLICY.hiddenKeys(Role.ACCUEIL, answers())).hasSize(answers().size() - 3);
  }

  @ParameterizedTest
  @CsvSource({
      "salaire_m1, ressources",
      "enfant2.salaire_m1, ressources",
      "ressources_total, ressources",
      "montant_loyer_aide, ressources",
      "taux_incapacite, sante",
      "conjoint.handicap_reconnu, sante",
      "autonomie_toilette, sante",
      "gir, sante",
      "nom, identite",
      "nombre_enfants, situation",
      "question_inconnue, situation",
  })
  void categoriesOf_classesByQuestionIdWithoutMemberPrefix(String key, String category) {
    assertThat(POLICY.categoriesOf(key)).containsExactly(category);
  }

  @Test
  void maySee_whenKeyIsInTwoCategories_requiresBoth(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, """
        categories:
          - {id: general, label: Général}
          - {id: argent, label: Argent, prefixes: [montant_]}
          - {id: sante, label: Santé, prefixes: [montant_aah]}
        default_category: general
        notes_category: general
        roles:
          ACCUEIL: [general]
          MEDIATEUR: [general, argent]
          TRAVAILLEUR_SOCIAL: [general, argent, sante]
          RESPONSABLE: [general, sante]
        """);
    AccessPolicy policy = AccessPolicy.load(file);
    assertThat(policy.categoriesOf("montant_aah")).containsExactly("argent", "sante");
    assertThat(policy.maySee(Role.MEDIATEUR, "montant_aah")).isFalse();
    assertThat(policy.maySee(Role.RESPONSABLE, "montant_aah")).isFalse();
    assertThat(policy.maySee(Role.TRAVAILLEUR_SOCIAL, "montant_aah")).isTrue();
    assertThat(policy.maySee(Role.MEDIATEUR, "montant_rsa")).isTrue();
  }

  @Test
  void load_whenARoleIsMissing_refusesNamingFileAndRole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, """
        categories: [{id: general, label: Général}]
        default_category: general
        notes_category: general
        roles: {ACCUEIL: [general], MEDIATEUR: [general], TRAVAILLEUR_SOCIAL: [general]}
        """);
    assertThatThrownBy(() -> AccessPolicy.load(file))
        .isInstanceOf(AccessPolicyException.class)
        .hasMessageContaining("policy.yaml")
        .hasMessageContaining("RESPONSABLE");
  }

  @Test
  void load_whenARoleNamesAnUnknownCategory_refusesNamingIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, """
        categories: [{id: general, label: Général}]
        default_category: general
        notes_category: general
        roles: {ACCUEIL: [general], MEDIATEUR: [general], TRAVAILLEUR_SOCIAL: [revenus],
                RESPONSABLE: [general]}
        """);
    assertThatThrownBy(() -> AccessPolicy.load(file))
        .isInstanceOf(AccessPolicyException.class)
        .hasMessageContaining("roles.TRAVAILLEUR_SOCIAL")
        .hasMessageContaining("catégorie inconnue « revenus »");
  }

  @Test
  void load_whenYamlIsBroken_refusesWithFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, "categories: [ {id: x\n");
    assertThatThrownBy(() -> AccessPolicy.load(file))
        .isInstanceOf(AccessPolicyException.class)
        .hasMessageContaining("policy.yaml : YAML illisible");
  }

  /** Question ids of the default interview script, read from its file in the repository. */
  private static List<String> defaultScriptIds() throws IOException {
    Path script = Path.of("..", "interview-scripts", "scripts", "accueil-ccas.yaml");
    Pattern id = Pattern.compile("^\\s*-?\\s*id:\\s*(\\w+)");
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(script)) {
      Matcher m = id.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  @Test
  void defaultScript_everyMoneyAndHealthQuestion_isHiddenFromAccueilAndResponsable()
      throws IOException {
    List<String> ids = defaultScriptIds();
    assertThat(ids).hasSizeGreaterThan(50);
    Pattern money = Pattern.compile(
        ".*(_m[123]|_3m|_12m|mensuel|montant|revenu|salaire|ressources|prestations).*");
    Set<String> health = Set.of("handicap", "taux_incapacite",
        "restriction_emploi", "perte_autonomie", "gir", "inapte_travail", "grossesse");
    for (String questionId : ids) {
      String key = "conjoint." + questionId;
      if (money.matcher(questionId).matches()) {
        assertThat(POLICY.categoriesOf(key)).as(questionId).contains("ressources");
      }
      if (health.contains(questionId)) {
        assertThat(POLICY.categoriesOf(key)).as(questionId).contains("sante");
      }
      if (money.matcher(questionId).matches() || health.contains(questionId)) {
        assertThat(POLICY.maySee(Role.ACCUEIL, key)).as(questionId).isFalse();
        assertThat(POLICY.maySee(Role.RESPONSABLE, key)).as(questionId).isFalse();
        assertThat(POLICY.maySee(Role.TRAVAILLEUR_SOCIAL, key)).as(questionId).isTrue();
      }
    }
    assertThat(ids).contains("salaire_m1", "aah_mensuel", "taux_incapacite", "gir");
    assertThat(POLICY.categoriesOf("aah_mensuel")).containsExactly("ressources", "sante");
  }

  @Test
  void defaults_everyRoleHasALine_andAccueilSeesLeast() {
    for (Role r : Role.values()) {
      assertThat(POLICY.visibleCategories(r)).as(r.name()).contains("identite");
    }
    assertThat(POLICY.visibleCategories(Role.ACCUEIL)).containsExactly("identite");
  }
}
