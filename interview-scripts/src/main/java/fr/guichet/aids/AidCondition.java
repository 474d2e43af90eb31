package fr.guichet.aids;

import fr.guichet.expr.CompiledExpression;
import java.util.Objects;
import java.util.Set;

/**
 * One condition of a local aid: a three-valued rule over the interview, the sentence said when it
 * holds and the one said when it does not, and the questions its answer depends on.
 */
public record AidCondition(CompiledExpression rule, Template met, Template notMet, Set<String> questions) {
  public AidCondition {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(met);
    Objects.requireNonNull(notMet);
    questions = Set.copyOf(questions);
  }
}
