package fr.guichet.aids;

import fr.guichet.eligibility.parameters.ParameterSeries;
import fr.guichet.expr.CompiledExpression;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local aid of a CCAS or CIAS, as its catalogue describes it: what it is in plain French, its
 * conditions, its amount or a note on it, its dated parameters, the documents to bring, and the
 * service (an id of the territory file) that handles it.
 */
public record LocalAid(
    String id,
    String name,
    String explanation,
    List<AidCondition> conditions,
    Optional<CompiledExpression> monthlyAmount,
    Template amountNote,
    Map<String, ParameterSeries> parameters,
    List<String> documents,
    String handledBy,
    String serviceId) {

  public LocalAid {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(explanation);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(monthlyAmount);
    Objects.requireNonNull(amountNote);
    parameters = Map.copyOf(parameters);
    documents = List.copyOf(documents);
    Objects.requireNonNull(handledBy);
    Objects.requireNonNull(serviceId);
  }
}
