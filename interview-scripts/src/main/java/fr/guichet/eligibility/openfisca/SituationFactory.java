package fr.guichet.eligibility.openfisca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Decisions;
import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.Housing;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.PersonBuilder;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the groups of an OpenFisca document into {@link Situation}s, with OpenFisca's defaults for missing values. */
final class SituationFactory {
  private static final LocalDate DEFAULT_BIRTH = LocalDate.of(1970, 1, 1);
  private static final Map<String, HousingStatus> STATUS = Map.of("locataire_vide", HousingStatus.TENANT_UNFURNISHED,
      "locataire_meuble", HousingStatus.TENANT_FURNISHED, "locataire_hlm", HousingStatus.TENANT_SOCIAL, "locataire_foyer",
      HousingStatus.TENANT_HOSTEL, "proprietaire", HousingStatus.OWNER, "primo_accedant", HousingStatus.FIRST_TIME_BUYER,
      "loge_gratuitement", HousingStatus.LODGED_FREE, "sans_domicile", HousingStatus.HOMELESS, "non_renseigne", HousingStatus.NOT_STATED);
  private static final Map<String, Activity> ACTIVITY = Map.of("actif", Activity.EMPLOYED, "chomeur", Activity.UNEMPLOYED,
      "etudiant", Activity.STUDENT, "retraite", Activity.RETIRED, "inactif", Activity.INACTIVE);

  private final OpenFiscaDocument doc;

  SituationFactory(OpenFiscaDocument doc) {
    this.doc = doc;
  }

  /** The situation of a famille: its parents and children, the demandeur's ménage and foyer fiscal. */
  Situation famille(OpenFiscaDocument.Group famille) {
    List<Person> persons = new ArrayList<>();
    List<String> parents = famille.role("parents");
    for (int i = 0; i < parents.size(); i++) {
      persons.add(person(parents.get(i), i == 0 ? Role.DEMANDEUR : Role.CONJOINT));
    }
    famille.role("enfants").forEach(id -> persons.add(person(id, Role.ENFANT)));
    String first = parents.isEmpty() ? famille.role("enfants").get(0) : parents.get(0);
    if (parents.isEmpty()) {
      persons.set(0, person(first, Role.DEMANDEUR));
    }
    ObjectNode f = famille.node();
    Map<ResourceKind, Map<YearMonth, BigDecimal>> benefits = new EnumMap<>(ResourceKind.class);
    putAmounts(benefits, ResourceKind.FAMILY_BENEFITS, f, "af");
    putAmounts(benefits, ResourceKind.ASF, f, "asf");
    putAmounts(benefits, ResourceKind.CF, f, "cf");
    putAmounts(benefits, ResourceKind.ASPA, f, "aspa");
    putAmounts(benefits, ResourceKind.RSA, f, "rsa");
    putAmounts(benefits, ResourceKind.PAJE_BASE, f, "paje_base");
    Housing housing = housing(doc.groupOf("menages", first).node(), f);
    return new Situation(persons, housing, flag(f, "rsa_isolement_recent"), flag(f, "departement_experimentation_rsa"), flag(f, "maries"),
        new Resources(benefits, Map.of()), rfr(List.of(doc.groupOf("foyers_fiscaux", first))), true, Map.of());
  }

  /** The situation of a ménage (chèque énergie): its members, housing, and the RFR of the foyers declared from it. */
  Situation menage(OpenFiscaDocument.Group menage) {
    List<Person> persons = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    menage.role("personne_de_reference").forEach(ids::add);
    menage.role("conjoint").forEach(ids::add);
    menage.role("enfants").forEach(ids::add);
    menage.role("autres").forEach(ids::add);
    for (int i = 0; i < ids.size(); i++) {
      persons.add(person(ids.get(i), i == 0 ? Role.DEMANDEUR : i < 1 + menage.role("conjoint").size() ? Role.CONJOINT : Role.AUTRE));
    }
    List<OpenFiscaDocument.Group> foyers = doc.groups("foyers_fiscaux").values().stream()
        .filter(g -> !g.role("declarants").isEmpty() && ids.contains(g.role("declarants").get(0))).toList();
    boolean declarant = ids.stream().anyMatch(id -> doc.groupOf("foyers_fiscaux", id).role("declarants").contains(id));
    Map<Year, BigDecimal> units = new HashMap<>();
    PeriodValues.yearly(menage.node(), "cheque_energie_unites_consommation").forEach((y, v) -> units.put(y, v.decimalValue()));
    return new Situation(persons, housing(menage.node(), menage.node().objectNode()), Fact.of(false), Fact.of(false), Fact.of(false),
        Resources.NONE, rfr(foyers), declarant, units);
  }

  private Map<Year, BigDecimal> rfr(List<OpenFiscaDocument.Group> foyers) {
    Map<Year, BigDecimal> total = new HashMap<>();
    for (OpenFiscaDocument.Group foyer : foyers) {
      PeriodValues.yearly(foyer.node(), "rfr").forEach((y, v) -> total.merge(y, v.decimalValue(), BigDecimal::add));
    }
    return total;
  }

  private Housing housing(ObjectNode menage, ObjectNode famille) {
    Fact<HousingStatus> status = byMonth(menage, "statut_occupation_logement",
        v -> STATUS.get(VariableCatalog.categoryName("statut_occupation_logement", v)), HousingStatus.NOT_STATED);
    JsonNode depcom = menage.path("depcom");
    String commune = depcom.isObject() && depcom.elements().hasNext() ? depcom.elements().next().asText() : "";
    return new Housing(status, byMonth(menage, "loyer", JsonNode::decimalValue, BigDecimal.ZERO),
        byMonth(famille, "aide_logement", JsonNode::decimalValue, BigDecimal.ZERO), flag(menage, "participation_frais"),
        commune, commune.length() >= 2 ? commune.substring(0, commune.startsWith("97") ? 3 : 2) : "");
  }

  private Person person(String id, Role role) {
    ObjectNode node = doc.persons().get(id);
    PersonBuilder b = Person.builder(id, role);
    JsonNode birth = node.path("date_naissance").path("ETERNITY");
    if (birth.isTextual()) {
      b.birthDate(LocalDate.parse(birth.asText()));
    } else {
      Map<YearMonth, JsonNode> ages = PeriodValues.monthly(node, "age");
      ages.forEach((m, v) -> b.statedAge(m, v.asInt()));
      if (ages.isEmpty()) {
        b.birthDate(DEFAULT_BIRTH);
      }
    }
    b.resources(resources(node));
    b.activity(byMonth(node, "activite", v -> ACTIVITY.get(VariableCatalog.categoryName("activite", v)), Activity.INACTIVE));
    b.incapacityRate(byMonth(node, "taux_incapacite", JsonNode::decimalValue, BigDecimal.ZERO));
    b.rsdae(flag(node, "aah_restriction_substantielle_durable_acces_emploi"));
    b.unfitForWork(flag(node, "inapte_travail"));
    b.alternatingCustody(flag(node, "garde_alternee"));
    b.youngWorkerHours(flag(node, "rsa_jeune_condition_heures_travail_remplie"));
    b.alsaceMoselle(flag(node, "salarie_regime_alsace_moselle"));
    b.nationality(byMonth(node, "ressortissant_eee", v -> v.asBoolean() ? Nationality.FRENCH : Nationality.OTHER, Nationality.FRENCH));
    b.residencePermitYears(byMonth(node, "duree_possession_titre_sejour", JsonNode::decimalValue, BigDecimal.ZERO));
    b.schooled(flag(node, "rempli_obligation_scolaire", true));
    b.dependsOnParents(Fact.of(doc.groupOf("foyers_fiscaux", id).role("personnes_a_charge").contains(id)));
    b.decisions(new Decisions(booleans(node, "aah_eligible"), booleans(node, "aspa_eligibilite"), booleans(node, "aah_conjugalise_eligible"),
        amounts(node, "asi_aspa_base_ressources_individu")));
    return b.build();
  }

  private static Resources resources(ObjectNode node) {
    Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(ResourceKind.class);
    putAmounts(monthly, ResourceKind.WAGES, node, "salaire_net");
    putAmounts(monthly, ResourceKind.TAXABLE_WAGES, node, "salaire_imposable");
    if (!monthly.containsKey(ResourceKind.WAGES) && monthly.containsKey(ResourceKind.TAXABLE_WAGES)) {
      monthly.put(ResourceKind.WAGES, monthly.get(ResourceKind.TAXABLE_WAGES));
    }
    putAmounts(monthly, ResourceKind.APPRENTICE_PAY, node, "remuneration_apprenti");
    putAmounts(monthly, ResourceKind.AAH, node, "aah");
    putAmounts(monthly, ResourceKind.ALIMONY, node, "pensions_alimentaires_percues");
    putAmounts(monthly, ResourceKind.UNEMPLOYMENT_BENEFITS, node, "allocation_retour_emploi");
    Map<Year, BigDecimal> declared = new HashMap<>();
    PeriodValues.yearly(node, "revenu_assimile_salaire").forEach((y, v) -> declared.put(y, v.decimalValue().max(BigDecimal.ZERO)));
    return new Resources(monthly, declared.isEmpty() ? Map.of() : Map.of(ResourceKind.DECLARED_WAGES, declared));
  }

  private static void putAmounts(Map<ResourceKind, Map<YearMonth, BigDecimal>> target, ResourceKind kind, ObjectNode node, String variable) {
    Map<YearMonth, BigDecimal> values = amounts(node, variable);
    if (!values.isEmpty()) {
      target.put(kind, values);
    }
  }

  private static Map<YearMonth, BigDecimal> amounts(ObjectNode node, String variable) {
    Map<YearMonth, BigDecimal> values = new HashMap<>();
    PeriodValues.monthly(node, variable).forEach((m, v) -> values.put(m, v.decimalValue().max(BigDecimal.ZERO)));
    return values;
  }

  private static Map<YearMonth, Boolean> booleans(ObjectNode node, String variable) {
    Map<YearMonth, Boolean> values = new HashMap<>();
    PeriodValues.monthly(node, variable).forEach((m, v) -> values.put(m, v.asBoolean()));
    return values;
  }

  private static Fact<Boolean> flag(ObjectNode node, String variable) {
    return flag(node, variable, false);
  }

  private static Fact<Boolean> flag(ObjectNode node, String variable, boolean otherwise) {
    return byMonth(node, variable, JsonNode::asBoolean, otherwise);
  }

  private static <T> Fact<T> byMonth(ObjectNode node, String variable, Function<JsonNode, T> read, T otherwise) {
    Map<YearMonth, T> values = new HashMap<>();
    PeriodValues.monthly(node, variable).forEach((m, v) -> values.put(m, read.apply(v)));
    return Fact.byMonth(values, otherwise);
  }
}
