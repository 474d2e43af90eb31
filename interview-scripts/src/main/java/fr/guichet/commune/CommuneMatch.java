package fr.guichet.commune;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link CommuneDirectory#resolve(String)}.
 *
 * <pre>{@code
 * CommuneMatch match = directory.resolve(typed);
 * if (match instanceof CommuneMatch.Found found) {
 *     use(found.commune());
 * } else if (match instanceof CommuneMatch.Ambiguous ambiguous) {
 *     askToChoose(ambiguous.candidates());
 * } else {
 *     askAgain(); // CommuneMatch.NotFound
 * }
 * }</pre>
 */
public sealed interface CommuneMatch {

  /** Exactly one commune fits what was typed. */
  record Found(Commune commune) implements CommuneMatch {
    public Found {
      Objects.requireNonNull(commune, "commune");
    }
  }

  /**
   * Several communes fit, or a single one fits only approximately (a typo, or a postal
   * code / département that contradicts the name): the person must choose or confirm.
   * Candidates are ordered by population, largest first, and capped at
   * {@link CommuneDirectory#MAX_CANDIDATES}.
   */
  record Ambiguous(List<Commune> candidates) implements CommuneMatch {
    public Ambiguous {
      candidates = List.copyOf(candidates);
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("an ambiguous match needs at least one candidate");
      }
    }
  }

  /** Nothing in the official list fits what was typed. */
  record NotFound() implements CommuneMatch {
  }
}
