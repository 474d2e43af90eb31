package fr.guichet.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks an access-policy file; every mistake is refused with a French message. */
final class AccessPolicyReader {
  private static final Set<String> TOP_KEYS =
      Set.of("categories", "default_category", "notes_category", "roles");

  private final String source;

  private AccessPolicyReader(String source) {
    this.source = source;
  }

  static AccessPolicy read(String source, InputStream in) {
    return new AccessPolicyReader(source).read(AccessPolicy.parse(source, in));
  }

  private AccessPolicy read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw fail("le fichier doit contenir categories, default_category, notes_category et"
          + " roles");
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!TOP_KEYS.contains(k)) {
        throw fail("clé inconnue « " + k + " »");
      }
    });
    List<AccessPolicy.Category> categories = categories(root.path("categories"));
    Set<String> ids = new LinkedHashSet<>();
    categories.forEach(c -> ids.add(c.id()));
    String defaultCategory = known(ids, text(root.path("default_category"), "default_category"),
        "default_category");
    String notesCategory = known(ids, text(root.path("notes_category"), "notes_category"),
        "notes_category");
    return new AccessPolicy(categories, defaultCategory, notesCategory,
        roles(root.path("roles"), ids));
  }

  private List<AccessPolicy.Category> categories(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      throw fail("« categories » doit être une liste non vide");
    }
    List<AccessPolicy.Category> list = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String where = "categories[" + (i + 1) + "]";
      String id = text(c.path("id"), where + ".id");
      if (!seen.add(id)) {
        throw fail(where + " : la catégorie « " + id + " » est déclarée deux fois");
      }
      list.add(new AccessPolicy.Category(id, text(c.path("label"), where + ".label"),
          new LinkedHashSet<>(strings(c.path("questions"), where + ".questions")),
          strings(c.path("prefixes"), where + ".prefixes")));
    }
    return list;
  }

  private Map<Role, Set<String>> roles(JsonNode node, Set<String> ids) {
    if (!node.isObject()) {
      throw fail("« roles » doit associer chaque rôle à la liste des catégories qu'il voit");
    }
    Map<Role, Set<String>> visible = new EnumMap<>(Role.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Role role = Role.parse(e.getKey()).orElseThrow(() -> fail("rôle inconnu « " + e.getKey()
          + " » (attendu : ACCUEIL, MEDIATEUR, TRAVAILLEUR_SOCIAL, RESPONSABLE)"));
      Set<String> cats = new LinkedHashSet<>();
      for (String c : strings(e.getValue(), "roles." + e.getKey())) {
        cats.add(known(ids, c, "roles." + e.getKey()));
      }
      visible.put(role, cats);
    }
    for (Role r : Role.values()) {
      if (!visible.containsKey(r)) {
        throw fail("le rôle " + r.name() + " n'a pas de ligne dans « roles »");
      }
    }
    return visible;
  }

  private String known(Set<String> ids, String id, String where) {
    if (!ids.contains(id)) {
      throw fail(where + " : catégorie inconnue « " + id + " »");
    }
    return id;
  }

  private String text(JsonNode node, String where) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail("« " + where + " » manque ou n'est pas un texte");
    }
    return node.asText().trim();
  }

  private List<String> strings(JsonNode node, String where) {
    List<String> list = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return list;
    }
    if (!node.isArray()) {
      throw fail("« " + where + " » doit être une liste");
    }
    for (JsonNode n : node) {
      list.add(text(n, where));
    }
    return list;
  }

  private AccessPolicyException fail(String what) {
    return new AccessPolicyException(source + " : " + what + ".", null);
  }
}
