package fr.guichet.eligibility;

import fr.guichet.eligibility.assessment.BenefitAssessment;
import fr.guichet.script.Script;
import fr.guichet.script.facts.FactScope;
import fr.guichet.script.facts.SituationFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which facts each national benefit reads that a script does not fill: with such a script the benefit can only be
 * « à vérifier ». {@code check-scripts} prints it so that a script's author sees it before any interview.
 */
public final class FactCoverage {

  /** Shown in place of the resource facts when a script asks no resource at all. */
  public static final String NO_RESOURCES = "membre.ressources.* (aucune ressource n'est demandée)";

  private FactCoverage() {}

  /** For each benefit with something missing, the ids of the facts the script lacks, in vocabulary order. */
  public static Map<Benefit, List<String>> lacking(Script script) {
    boolean anyResource = script.facts().all().stream()
        .anyMatch(m -> m.fact().id().startsWith("membre.ressources.") && m.fact().scope() == FactScope.MEMBER);
    Map<Benefit, List<String>> lacking = new LinkedHashMap<>();
    for (BenefitAssessment assessment : EligibilityEngine.assessments()) {
      List<String> missing = new ArrayList<>();
      for (SituationFact fact : assessment.reads()) {
        if (!fact.assumedIfAbsent() && !script.facts().provides(fact)) missing.add(fact.id());
      }
      if (assessment.readsResources() && !anyResource) missing.add(NO_RESOURCES);
      if (!missing.isEmpty()) lacking.put(assessment.benefit(), List.copyOf(missing));
    }
    return lacking;
  }
}
