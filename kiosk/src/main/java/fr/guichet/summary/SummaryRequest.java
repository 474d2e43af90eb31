package fr.guichet.summary;

import fr.guichet.store.session.ResumeCode;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.engine.Interview;
import fr.guichet.print.RulesVersion;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import fr.guichet.territory.Routing;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one summary is made from: the interview, its results and routing, the saved
 * session's code (empty when nothing was saved), the day, the rules used and the person's choices.
 */
public record SummaryRequest(
    Interview interview,
    List<Conclusion> conclusions,
    Routing routing,
    Optional<ResumeCode> code,
    LocalDate date,
    RulesVersion rules,
    Consents choices) {

  public SummaryRequest {
    Objects.requireNonNull(interview, "interview");
    conclusions = List.copyOf(conclusions);
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(code, "code (use Optional.empty())");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(choices, "choices (use Consents.NOT_ASKED)");
  }
}
