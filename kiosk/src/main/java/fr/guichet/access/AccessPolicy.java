package fr.guichet.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which answers each role may see, by data category (identity, situation, resources, health,
 * notes). The categories are defined once, in {@code guichet/access-policy.yaml} (or a copy a
 * CCAS edits), by question ids and id prefixes; a household member's answer
 * ({@code conjoint.salaire_m1}) is classed by its question id ({@code salaire_m1}).
 *
 * <p>A key in several categories is visible only to roles that see all of them; a key in none is
 * in the default category.
 */
public final class AccessPolicy {
  /** The built-in policy, on the class path. */
  public static final String RESOURCE = "/guichet/access-policy.yaml";

  /** One category of data and how to recognise its answer keys. */
  public record Category(String id, String label, Set<String> questions, List<String> prefixes) {
    public Category {
      questions = Set.copyOf(questions);
      prefixes = List.copyOf(prefixes);
    }

    boolean matches(String questionId) {
      return questions.contains(questionId) || prefixes.stream().anyMatch(questionId::startsWith);
    }
  }

  private final List<Category> categories;
  private final String defaultCategory;
  private final String notesCategory;
  private final Map<Role, Set<String>> visible;

  AccessPolicy(List<Category> categories, String defaultCategory, String notesCategory,
      Map<Role, Set<String>> visible) {
    this.categories = List.copyOf(categories);
    this.defaultCategory = defaultCategory;
    this.notesCategory = notesCategory;
    this.visible = new EnumMap<>(visible);
  }

  /** The policy shipped with Guichet. */
  public static AccessPolicy defaults() {
    try (InputStream in = AccessPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the class path");
      }
      return AccessPolicyReader.read(RESOURCE, in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
  }

  /** A policy file edited by the CCAS. */
  public static AccessPolicy load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return AccessPolicyReader.read(file.toString(), in);
    } catch (IOException e) {
      throw new AccessPolicyException(file + " : lecture impossible (" + e.getMessage() + ").", e);
    }
  }

  public List<Category> categories() {
    return categories;
  }

  /** The categories of an answer key (never empty: the default category if nothing matches). */
  public Set<String> categoriesOf(String answerKey) {
    String questionId = answerKey.substring(answerKey.lastIndexOf('.') + 1);
    Set<String> found = new LinkedHashSet<>();
    for (Category c : categories) {
      if (c.matches(questionId)) {
        found.add(c.id());
      }
    }
    if (found.isEmpty()) {
      found.add(defaultCategory);
    }
    return found;
  }

  public boolean maySee(Role role, String answerKey) {
    return visible.get(role).containsAll(categoriesOf(answerKey));
  }

  public boolean maySeeNotes(Role role) {
    return visible.get(role).contains(notesCategory);
  }

  /** The categories {@code role} sees, in file order. */
  public Set<String> visibleCategories(Role role) {
    return Set.copyOf(visible.get(role));
  }

  /** The answers {@code role} may see, in their original order. */
  public Map<String, String> filter(Role role, Map<String, String> answers) {
    Map<String, String> kept = new LinkedHashMap<>();
    answers.forEach((k, v) -> {
      if (maySee(role, k)) {
        kept.put(k, v);
      }
    });
    return kept;
  }

  /** The keys {@code role} may not see (to say "n answers hidden" without showing them). */
  public List<String> hiddenKeys(Role role, Map<String, String> answers) {
    List<String> hidden = new ArrayList<>();
    for (String k : answers.keySet()) {
      if (!maySee(role, k)) {
        hidden.add(k);
      }
    }
    return hidden;
  }

  static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory());
  }

  static JsonNode parse(String source, InputStream in) {
    try {
      return yaml().readTree(in);
    } catch (IOException e) {
      throw new AccessPolicyException(source + " : YAML illisible (" + e.getMessage() + ").", e);
    }
  }
}
