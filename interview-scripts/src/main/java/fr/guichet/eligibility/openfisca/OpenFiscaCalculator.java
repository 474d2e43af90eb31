package fr.guichet.eligibility.openfisca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.eligibility.national.Aah;
import fr.guichet.eligibility.national.AllocationsFamiliales;
import fr.guichet.eligibility.national.Aspa;
import fr.guichet.eligibility.national.ChequeEnergie;
import fr.guichet.eligibility.national.ComplementaireSanteSolidaire;
import fr.guichet.eligibility.national.PrimeActivite;
import fr.guichet.eligibility.national.ComplementFamilial;
import fr.guichet.eligibility.national.PajeBase;
import fr.guichet.eligibility.national.RentreeScolaire;
import fr.guichet.eligibility.national.Rsa;
import fr.guichet.eligibility.national.SoutienFamilial;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Fills every null of an OpenFisca situation document with the value Guichet computes (the eligibility --openfisca path). */
public final class OpenFiscaCalculator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LegalParameters parameters;

  public OpenFiscaCalculator(LegalParameters parameters) {
    this.parameters = parameters;
  }

  /** Reads a JSON document; malformed JSON is refused naming line and column. */
  public static JsonNode parse(InputStream in) {
    try {
      JsonNode node = JSON.readTree(in);
      if (node == null) {
        throw new OpenFiscaInputException("JSON vide");
      }
      return node;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new OpenFiscaInputException("JSON mal formé, ligne " + (at == null ? "?" : at.getLineNr()) + ", colonne "
          + (at == null ? "?" : at.getColumnNr()) + " : " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a copy of the document with every requested (null) value computed. */
  public ObjectNode fill(JsonNode input) {
    OpenFiscaDocument doc = OpenFiscaDocument.of(input.deepCopy());
    SituationFactory factory = new SituationFactory(doc);
    for (OpenFiscaDocument.Group famille : doc.groups("familles").values()) {
      if (famille.members().values().stream().allMatch(List::isEmpty)) {
        continue;
      }
      Situation s = factory.famille(famille);
      fillNulls(famille.node(), (variable, period) -> period.length() == 4
          ? familleYearValue(s, variable, Year.parse(period)) : familleValue(s, variable, YearMonth.parse(period)));
      for (Person person : s.persons()) {
        ObjectNode node = doc.persons().get(person.id());
        fillNulls(node, (variable, period) -> personValue(s, person, variable, YearMonth.parse(period)));
      }
    }
    for (OpenFiscaDocument.Group menage : doc.groups("menages").values()) {
      if (menage.members().values().stream().allMatch(List::isEmpty)) {
        continue;
      }
      Situation s = factory.menage(menage);
      fillNulls(menage.node(), (variable, period) -> menageValue(s, variable, Year.parse(period)));
    }
    return doc.root();
  }

  private interface Formula {
    Object value(String variable, String period);
  }

  private static void fillNulls(ObjectNode node, Formula formula) {
    List<String[]> requested = new ArrayList<>();
    node.properties().forEach(e -> {
      if (e.getValue().isObject()) {
        e.getValue().properties().forEach(p -> {
          if (p.getValue().isNull()) {
            requested.add(new String[] {e.getKey(), p.getKey()});
          }
        });
      }
    });
    for (String[] r : requested) {
      ObjectNode periods = (ObjectNode) node.get(r[0]);
      Object value;
      try {
        value = formula.value(r[0], r[1]);
      } catch (fr.guichet.eligibility.parameters.NoValueInForceException e) {
        throw new OpenFiscaInputException("période " + r[1] + " trop ancienne pour " + r[0] + " : aucune valeur légale de "
            + e.key() + " n'était en vigueur le " + e.date());
      }
      if (value instanceof Boolean b) {
        periods.put(r[1], b);
      } else {
        periods.put(r[1], ((BigDecimal) value).doubleValue());
      }
    }
  }

  private Object familleValue(Situation s, String variable, YearMonth m) {
    LegalParameters p = parameters;
    return switch (variable) {
      case "rsa" -> Rsa.compute(s, m, p).amount();
      case "rsa_socle" -> Rsa.compute(s, m, p).socle();
      case "rsa_forfait_logement" -> Rsa.compute(s, m, p).forfaitLogement();
      case "rsa_base_ressources" -> Rsa.compute(s, m, p).baseRessources();
      case "rsa_forfait_asf" -> Rsa.compute(s, m, p).forfaitAsf();
      case "ppa" -> PrimeActivite.compute(s, m, p).amount();
      case "ppa_eligibilite" -> PrimeActivite.eligible(s, m, p);
      case "ppa_forfait_logement" -> PrimeActivite.forfaitLogement(s, m, p);
      case "cmu_c" -> ComplementaireSanteSolidaire.compute(s, m, p).free();
      case "cmu_c_plafond" -> ComplementaireSanteSolidaire.compute(s, m, p).freeCeiling();
      case "acs_plafond" -> ComplementaireSanteSolidaire.compute(s, m, p).participationCeiling();
      case "css_cmu_acs_eligibilite" -> ComplementaireSanteSolidaire.compute(s, m, p).preEligible();
      case "css_cmu_base_ressources" -> ComplementaireSanteSolidaire.compute(s, m, p).resources();
      case "aspa" -> Aspa.compute(s, m, p).amount();
      case "af" -> AllocationsFamiliales.compute(s, m, p).amount();
      case "af_majoration" -> AllocationsFamiliales.compute(s, m, p).majoration();
      case "asf" -> SoutienFamilial.compute(s, m, p).amount();
      case "cf" -> ComplementFamilial.compute(s, m, p).amount();
      case "paje_base" -> PajeBase.compute(s, m, p).amount();
      default -> throw new OpenFiscaInputException("variable non prise en charge en sortie : " + variable);
    };
  }

  /** Family variables computed for a whole year (the ARS of the school year starting that year). */
  private Object familleYearValue(Situation s, String variable, Year year) {
    if (variable.equals("ars")) {
      return RentreeScolaire.compute(s, year, parameters).amount();
    }
    throw new OpenFiscaInputException("variable non prise en charge en sortie pour une année : " + variable);
  }

  private Object personValue(Situation s, Person person, String variable, YearMonth m) {
    LegalParameters p = parameters;
    return switch (variable) {
      case "rsa_revenu_activite_individu" -> Rsa.activityIncome(s, person, m);
      case "css_participation_forfaitaire_montant_i" -> ComplementaireSanteSolidaire.participation(person, m, p);
      case "aah" -> Aah.compute(s, person, m, p).amount();
      case "aah_base" -> Aah.compute(s, person, m, p).base();
      case "aah_base_ressources_conjugalisee" -> Aah.compute(s, person, m, p).resourcesCoupleBased();
      case "aah_base_ressources_deconjugalisee" -> Aah.compute(s, person, m, p).resourcesIndividual();
      case "aah_conjugalise_eligible" -> Aah.compute(s, person, m, p).coupleRuleKept();
      default -> throw new OpenFiscaInputException("variable non prise en charge en sortie : " + variable);
    };
  }

  private Object menageValue(Situation s, String variable, Year year) {
    ChequeEnergie.Computation c = ChequeEnergie.compute(s, year, parameters);
    return switch (variable) {
      case "cheque_energie_montant" -> c.scaleAmount();
      case "cheque_energie" -> c.amount();
      case "cheque_energie_unites_consommation" -> c.consumptionUnits();
      default -> throw new OpenFiscaInputException("variable non prise en charge en sortie : " + variable);
    };
  }

}
