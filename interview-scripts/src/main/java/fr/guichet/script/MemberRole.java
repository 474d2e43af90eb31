package fr.guichet.script;

import fr.guichet.expr.CompiledExpression;

/**
 * One role in the household (demandeur, conjoint, enfant, autre): how many members have it (an
 * expression, or exactly one when {@code count} is null), at most {@code max}, and how to name one.
 */
public record MemberRole(String role, Text label, CompiledExpression count, int max) {

  /** The key of the n-th member of this role: "conjoint" when there can be one, "enfant2" otherwise. */
  public String memberKey(int rank) {
    return max == 1 ? role : role + rank;
  }
}
