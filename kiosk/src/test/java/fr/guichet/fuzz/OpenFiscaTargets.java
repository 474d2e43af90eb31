package fr.guichet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.eligibility.EligibilityEngine;
import fr.guichet.eligibility.openfisca.OpenFiscaCalculator;
import fr.guichet.eligibility.openfisca.OpenFiscaInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The OpenFisca situation importer (guichet eligibility --openfisca), fed
 * situations from another tool: the shipped OpenFisca cases with their tree edited (values of the
 * wrong kind, periods garbled, persons moved between groups, keys renamed) or their text cut and
 * spliced. A document is computed, or refused with a French message; a computed document has no
 * value left to fill, so computing it again changes nothing.
 */
final class OpenFiscaTargets {
  private OpenFiscaTargets() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EligibilityEngine ENGINE = EligibilityEngine.withBundledParameters();
  private static final List<JsonNode> SEEDS = seeds();
  private static final List<String> KEYS = List.of("individus", "familles", "foyers_fiscaux", "menages", "parents", "enfants",
      "declarants", "personnes_a_charge", "personne_de_reference", "conjoint", "age", "date_naissance", "salaire_net", "rsa",
      "ppa", "aah", "af", "aspa", "cmu_c", "cheque_energie", "statut_occupation_logement", "depcom", "taux_capacite_travail",
      "2022-04", "2024", "ETERNITY", "2024-13", "0000", "-001", "9999-12", "personne1", "inconnu");

  static List<Fuzz.Target<?>> all() {
    return List.of(
        Fuzz.target("openfisca: edited tree", OpenFiscaTargets::editedTree, OpenFiscaTargets::check),
        Fuzz.target("openfisca: spliced text", OpenFiscaTargets::splicedText, OpenFiscaTargets::checkText));
  }

  private static JsonNode editedTree(Random r) {
    JsonNode document = HostileText.pick(r, SEEDS).deepCopy();
    for (int i = 1 + r.nextInt(6); i > 0; i--) document = edit(document, new Random(r.nextLong()));
    return document;
  }

  private static String splicedText(Random r) {
    String text = HostileText.pick(r, SEEDS).toString();
    for (int i = 1 + r.nextInt(6); i > 0; i--) {
      int at = r.nextInt(text.length() + 1);
      int end = Math.min(text.length(), at + r.nextInt(12));
      String piece = r.nextBoolean() ? HostileText.pick(r, HostileText.NASTY)
          : HostileText.pick(r, List.of("{", "}", "[", "]", ":", ",", "\"", "null", "1e999", "-0", "NaN", "true", "\"2024-02-30\""));
      text = text.substring(0, at) + piece + text.substring(end);
    }
    return text;
  }

  private static void checkText(String text) {
    JsonNode document;
    try {
      document = OpenFiscaCalculator.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (OpenFiscaInputException refused) {
      assertFrench(refused);
      return;
    }
    check(document);
  }

  static void check(JsonNode document) {
    ObjectNode filled;
    try {
      filled = ENGINE.computeOpenFisca(document);
    } catch (OpenFiscaInputException refused) {
      assertFrench(refused);
      return;
    }
    assertThat(requestedLeft(filled)).as("values left to fill in %s", filled).isEmpty();
    assertThat(ENGINE.computeOpenFisca(filled)).as("computing a computed document again").isEqualTo(filled);
    assertThat(nonFinite(filled)).as("amounts that are not numbers").isFalse();
  }

  private static boolean nonFinite(JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble())) return true;
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) if (nonFinite(it.next())) return true;
    return false;
  }

  /** entity/id/variable/period of every null left in a period map. */
  private static List<String> requestedLeft(JsonNode document) {
    List<String> left = new ArrayList<>();
    document.properties().forEach(entity -> entity.getValue().properties().forEach(id -> id.getValue().properties().forEach(variable -> {
      if (variable.getValue().isObject()) {
        variable.getValue().properties().forEach(period -> {
          if (period.getValue().isNull()) left.add(entity.getKey() + "/" + id.getKey() + "/" + variable.getKey() + "/" + period.getKey());
        });
      }
    })));
    return left;
  }

  private static void assertFrench(OpenFiscaInputException refused) {
    assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception", "java.", "org.").hasSizeLessThan(2000);
  }

  /** One random edit somewhere in the tree. */
  private static JsonNode edit(JsonNode root, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) return root;
    JsonNode target = containers.get(r.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? KEYS.get(r.nextInt(KEYS.size())) : names.get(r.nextInt(names.size()));
      switch (r.nextInt(5)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(name, value(r));
        case 2 -> {
          JsonNode moved = object.remove(name);
          object.set(KEYS.get(r.nextInt(KEYS.size())), moved == null ? value(r) : moved);
        }
        case 3 -> object.set(KEYS.get(r.nextInt(KEYS.size())), value(r));
        default -> object.putNull(name);
      }
    } else if (target instanceof ArrayNode array) {
      if (r.nextBoolean() && !array.isEmpty()) array.remove(r.nextInt(array.size()));
      else array.add(r.nextBoolean() ? value(r) : JsonNodeFactory.instance.textNode(KEYS.get(r.nextInt(KEYS.size()))));
    }
    return r.nextInt(40) == 0 ? value(r) : root;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) into.add(node);
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) collect(it.next(), into);
  }

  private static JsonNode value(Random r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (r.nextInt(14)) {
      case 0 -> f.nullNode();
      case 1 -> f.numberNode(r.nextInt(4000) - 1000);
      case 2 -> f.numberNode(new java.math.BigDecimal("1e400"));
      case 3 -> f.numberNode(-1e308);
      case 4 -> f.numberNode(r.nextDouble() * 5000);
      case 5 -> f.booleanNode(r.nextBoolean());
      case 6 -> f.textNode(List.of("2024-02-30", "1980-05-03", "abc", "", "2024-13-01", "9999-99-99", "0000-00-00").get(r.nextInt(7)));
      case 7 -> f.textNode(KEYS.get(r.nextInt(KEYS.size())));
      case 8 -> f.arrayNode().add("personne1").add(KEYS.get(r.nextInt(KEYS.size())));
      case 9 -> f.objectNode().putNull(KEYS.get(r.nextInt(KEYS.size())));
      case 10 -> f.objectNode().put(KEYS.get(r.nextInt(KEYS.size())), r.nextInt(3000));
      case 11 -> f.objectNode().set(KEYS.get(r.nextInt(KEYS.size())), f.objectNode().put("2024-01", r.nextInt(100)));
      case 12 -> f.numberNode(Long.MAX_VALUE);
      default -> f.textNode(HostileText.NASTY.get(r.nextInt(HostileText.NASTY.size())));
    };
  }

  private static List<JsonNode> seeds() {
    try (var in = OpenFiscaTargets.class.getClassLoader().getResourceAsStream("guichet/cases/openfisca/openfisca-cases.json")) {
      List<JsonNode> seeds = new ArrayList<>();
      JSON.readTree(in).forEach(c -> seeds.add(c.get("situation")));
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
