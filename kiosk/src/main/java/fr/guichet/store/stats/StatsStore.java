package fr.guichet.store.stats;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The anonymous statistics: one fact per visit, written when the visit ends and updated when its
 * follow-up is closed, counted by any dimensions over a range of months. The tie between a
 * session and its facts goes with the session (erasure, purge); the facts stay.
 */
public interface StatsStore {

  /**
   * Writes the fact of a session's visit, replacing what an earlier end of the same visit wrote;
   * the session's earlier visits stop counting as its latest. Keeps an outcome already recorded.
   */
  void recordVisit(UUID sessionId, int visit, VisitFact fact);

  /** Records the closing outcome on the session's latest fact (nothing if it has none). */
  void recordOutcome(UUID sessionId, String outcome);

  /**
   * Visits from {@code from} to {@code to} (months included), counted by {@code dimensions}; a
   * multi-valued dimension (motif, aide…) counts a visit once per value. Keys list the values in
   * the order of {@code dimensions}; quarter and year come as the month (the caller rolls up).
   * {@code latestOnly} counts each session once, at its latest visit.
   */
  Map<List<String>, Long> count(YearMonth from, YearMonth to, List<StatsDimension> dimensions,
      boolean latestOnly);

  /**
   * Per benefit, the sessions whose latest visit in the range found it probable while the person
   * said they do not receive it, with the sum of the estimated monthly amounts.
   */
  List<NonTakeUp> nonTakeUp(YearMonth from, YearMonth to);

  /** Per benefit: people counted, and the sum of their rounded monthly amounts in euros. */
  record NonTakeUp(String benefit, long people, long monthlyEuros) {}

  /** The number of facts held (all periods). */
  long size();
}
