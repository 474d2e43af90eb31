package fr.guichet.scenario;

import fr.guichet.engine.Interview;
import java.math.BigDecimal;
import java.util.Map;

/** What the eligibility check concludes for an interview, as scenario files name it. */
public interface ResultsProvider {

  /** Status word by benefit or aid id ("probable", "non", "incertain"). */
  Map<String, String> statuses(Interview interview);

  /** Estimated monthly amount by benefit or aid id, where there is one. */
  Map<String, BigDecimal> amounts(Interview interview);

  /** The id of the service the person should see first; null when no territory is wired. */
  default String firstService(Interview interview) {
    return null;
  }
}
