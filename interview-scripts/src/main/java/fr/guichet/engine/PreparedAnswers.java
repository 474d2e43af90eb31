package fr.guichet.engine;

import fr.guichet.script.Answer;
import fr.guichet.script.Household;
import fr.guichet.script.MemberRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an answers document (question id to value; household members as a list of objects with
 * a role) into typed text by question key: {@code foyer: [{role: enfant, date_naissance: ...}]}
 * gives {@code enfant1.date_naissance}. Lists become "a, b"; null is "je ne sais pas".
 */
public final class PreparedAnswers {

  private PreparedAnswers() {}

  /** Thrown with a message saying which entry of the document is malformed. */
  public static final class MalformedAnswers extends RuntimeException {
    public MalformedAnswers(String message) {
      super(message);
    }
  }

  public static Map<String, String> flatten(Map<String, Object> document, Household household) {
    String householdId = household == null ? null : household.id();
    Map<String, String> flat = new LinkedHashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    document.forEach((key, value) -> {
      if (key.equals(householdId) && value instanceof List<?> members) {
        for (Object member : members) addMember(flat, ranks, member, household);
      } else {
        flat.put(key, text(key, value));
      }
    });
    return flat;
  }

  private static void addMember(Map<String, String> flat, Map<String, Integer> ranks, Object member, Household household) {
    List<String> roles = household.roles().stream().map(MemberRole::role).toList();
    if (!(member instanceof Map<?, ?> fields) || !(fields.get("role") instanceof String role) || !roles.contains(role)) {
      throw new MalformedAnswers("each entry of '" + household.id() + "' needs a 'role' among " + roles);
    }
    int rank = ranks.merge(role, 1, Integer::sum);
    MemberRole memberRole = household.roles().get(roles.indexOf(role));
    if (rank > memberRole.max()) throw new MalformedAnswers("at most " + memberRole.max() + " '" + role + "' in '" + household.id() + "'");
    String memberKey = memberRole.memberKey(rank);
    fields.forEach((name, value) -> {
      if (!"role".equals(name)) flat.put(memberKey + "." + name, text(memberKey + "." + name, value));
    });
  }

  private static String text(String key, Object value) {
    if (value == null) return Answer.DONT_KNOW_STORED;
    if (value instanceof Boolean yes) return yes ? "oui" : "non";
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object item : list) parts.add(String.valueOf(item));
      return String.join(", ", parts);
    }
    if (value instanceof Map<?, ?>) throw new MalformedAnswers("'" + key + "': a value, not a group, is expected here");
    return String.valueOf(value);
  }
}
