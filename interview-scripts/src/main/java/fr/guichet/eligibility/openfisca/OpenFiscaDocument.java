package fr.guichet.eligibility.openfisca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A validated OpenFisca Web API situation: persons, groups by entity with their roles, variables by period. */
public final class OpenFiscaDocument {
  static final List<String> GROUP_ENTITIES = List.of("familles", "foyers_fiscaux", "menages");
  private static final Map<String, String> FIRST_ROLE = Map.of("familles", "parents", "foyers_fiscaux", "declarants", "menages", "personne_de_reference");

  /** A group of one entity: its JSON node and its members by role, in document order. */
  public record Group(String id, ObjectNode node, Map<String, List<String>> members) {
    List<String> role(String role) {
      return members.getOrDefault(role, List.of());
    }
  }

  private final ObjectNode root;
  private final Map<String, ObjectNode> persons = new LinkedHashMap<>();
  private final Map<String, Map<String, Group>> groups = new HashMap<>();
  private final Map<String, Map<String, String>> membership = new HashMap<>();

  private OpenFiscaDocument(ObjectNode root) {
    this.root = root;
  }

  /** Validates the document; throws {@link OpenFiscaInputException} naming the first problem. */
  public static OpenFiscaDocument of(JsonNode json) {
    if (!(json instanceof ObjectNode root)) {
      throw new OpenFiscaInputException("le document doit être un objet JSON (individus, familles, foyers_fiscaux, menages)");
    }
    OpenFiscaDocument doc = new OpenFiscaDocument(root);
    doc.validate();
    return doc;
  }

  public ObjectNode root() {
    return root;
  }

  public Map<String, ObjectNode> persons() {
    return persons;
  }

  public Map<String, Group> groups(String entity) {
    return groups.get(entity);
  }

  public Group groupOf(String entity, String personId) {
    return groups.get(entity).get(membership.get(entity).get(personId));
  }

  private void validate() {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("individus") && !GROUP_ENTITIES.contains(key)) {
        throw new OpenFiscaInputException("entité non prise en charge : " + key);
      }
    }
    JsonNode individus = root.path("individus");
    if (!individus.isObject() || individus.isEmpty()) {
      throw new OpenFiscaInputException("« individus » doit lister au moins une personne");
    }
    individus.properties().forEach(e -> {
      if (!e.getValue().isObject()) {
        throw new OpenFiscaInputException("l'individu " + e.getKey() + " doit être un objet");
      }
      if (e.getKey().isBlank()) {
        throw new OpenFiscaInputException("un individu a un identifiant vide");
      }
      persons.put(e.getKey(), (ObjectNode) e.getValue());
      checkVariables("individus", e.getKey(), (ObjectNode) e.getValue());
    });
    for (String entity : GROUP_ENTITIES) {
      readGroups(entity);
    }
  }

  private void readGroups(String entity) {
    Map<String, Group> byId = new LinkedHashMap<>();
    Map<String, String> members = new HashMap<>();
    JsonNode node = root.path(entity);
    if (!node.isMissingNode() && !node.isObject()) {
      throw new OpenFiscaInputException("« " + entity + " » doit être un objet");
    }
    node.properties().forEach(e -> {
      if (!e.getValue().isObject()) {
        throw new OpenFiscaInputException(entity + " " + e.getKey() + " doit être un objet");
      }
      ObjectNode group = (ObjectNode) e.getValue();
      Map<String, List<String>> roles = new LinkedHashMap<>();
      for (String role : VariableCatalog.ROLES.get(entity)) {
        List<String> ids = ids(group.get(role), entity, e.getKey(), role);
        for (String id : ids) {
          if (!persons.containsKey(id)) {
            throw new OpenFiscaInputException("identifiant inconnu « " + id + " » dans le rôle " + role + " de " + entity + " " + e.getKey());
          }
          String previous = members.put(id, e.getKey());
          if (previous != null) {
            throw new OpenFiscaInputException("la personne « " + id + " » est dans deux groupes de " + entity + " : " + previous + " et " + e.getKey());
          }
        }
        if (role.equals("parents") && ids.size() > 2) {
          throw new OpenFiscaInputException("familles " + e.getKey() + " : deux parents au plus, pas " + ids.size());
        }
        roles.put(role, ids);
      }
      checkVariables(entity, e.getKey(), group);
      if (roles.values().stream().allMatch(List::isEmpty) && requestsValue(group)) {
        throw new OpenFiscaInputException(entity + " " + e.getKey() + " n'a aucun membre : rien ne peut y être calculé");
      }
      byId.put(e.getKey(), new Group(e.getKey(), group, roles));
    });
    for (String person : persons.keySet()) {
      if (!members.containsKey(person)) {
        String id = "_" + entity + "_" + person;
        byId.put(id, new Group(id, root.objectNode(), Map.of(FIRST_ROLE.get(entity), List.of(person))));
        members.put(person, id);
      }
    }
    groups.put(entity, byId);
    membership.put(entity, members);
  }

  /** Whether a group asks for a value (a variable with a null period). */
  private static boolean requestsValue(ObjectNode group) {
    for (var variable : group.properties()) {
      if (variable.getValue().isObject()) {
        for (var period : variable.getValue().properties()) if (period.getValue().isNull()) return true;
      }
    }
    return false;
  }

  private static List<String> ids(JsonNode value, String entity, String group, String role) {
    List<String> ids = new ArrayList<>();
    if (value == null || value.isNull()) {
      return ids;
    }
    if (value.isTextual() || value.isNumber()) {
      ids.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(v -> ids.add(v.asText()));
    } else {
      throw new OpenFiscaInputException("rôle " + role + " de " + entity + " " + group + " : un identifiant ou une liste est attendu");
    }
    return ids;
  }

  private static void checkVariables(String entity, String id, ObjectNode node) {
    node.properties().forEach(e -> {
      String name = e.getKey();
      if (VariableCatalog.ROLES.get(entity).contains(name)) {
        return;
      }
      if (!VariableCatalog.supported(entity, name)) {
        throw new OpenFiscaInputException("variable non prise en charge : " + name + " (" + entity + " " + id + ")");
      }
      if (!e.getValue().isObject()) {
        throw new OpenFiscaInputException("la variable " + name + " de " + id + " doit associer des périodes à des valeurs");
      }
      e.getValue().properties().forEach(v -> {
        PeriodValues.checkPeriod(name, v.getKey());
        if (!v.getValue().isNull() && !VariableCatalog.acceptsValue(name, v.getValue())) {
          throw new OpenFiscaInputException("valeur « " + v.getValue() + " » refusée pour la variable " + name + " (" + entity + " " + id
              + ", période " + v.getKey() + ")");
        }
        if (v.getValue().isNull() && !VariableCatalog.OUTPUTS.get(entity).contains(name)) {
          throw new OpenFiscaInputException("variable non prise en charge en sortie : " + name + " (" + entity + " " + id + ")");
        }
        if (v.getValue().isNull() && VariableCatalog.YEARLY.contains(name) != (v.getKey().length() == 4)) {
          throw new OpenFiscaInputException(name + " se calcule par " + (VariableCatalog.YEARLY.contains(name) ? "année (AAAA)" : "mois (AAAA-MM)")
              + ", pas pour la période « " + v.getKey() + " » (" + entity + " " + id + ")");
        }
      });
    });
  }

}
