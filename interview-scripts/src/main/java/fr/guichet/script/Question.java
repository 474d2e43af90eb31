package fr.guichet.script;

import fr.guichet.expr.CompiledExpression;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question of a script (or an information screen), immutable once loaded. A question asked for
 * each household member is {@code perMember}; its answers are kept per member, and the questions of
 * one {@code block} are asked member after member. It is asked when
 * none of its conditions (the section's, the member block's, its own) is false.
 */
public record Question(
    String id,
    String sectionId,
    AnswerType type,
    Text label,
    Map<String, Text> labelByRole,
    Text help,
    boolean allowUnknown,
    boolean perMember,
    String block,
    List<CompiledExpression> conditions,
    List<Check> checks,
    Answer ifSkipped) {

  public Question {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    Objects.requireNonNull(label);
    labelByRole = Map.copyOf(labelByRole);
    help = help == null ? Text.EMPTY : help;
    conditions = List.copyOf(conditions);
    checks = List.copyOf(checks);
  }

  public boolean isInformation() {
    return type instanceof InformationType;
  }

  /** The label to show for a member of this role (the script may word it per role). */
  public Text labelFor(String role) {
    return role == null ? label : labelByRole.getOrDefault(role, label);
  }
}
