package fr.guichet.privacy;

import fr.guichet.store.Actor;
import fr.guichet.store.StoreException;
import fr.guichet.store.personal.PersonalDataStore;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long sessions are kept after their last activity (last answer, note, document or status
 * change): unfinished ones (in progress or abandoned) and finished ones. Reasoning in
 * {@code kiosk/PRIVACY.md}.
 *
 * @param unfinishedMonths months an unfinished session is kept without activity (3 by default)
 * @param finishedMonths months a finished session is kept after its last activity (12)
 */
public record RetentionPolicy(int unfinishedMonths, int finishedMonths) {
  /** Settings keys for a configuration file. */
  public static final String UNFINISHED_KEY = "retention.en_cours.mois";
  public static final String FINISHED_KEY = "retention.terminee.mois";
  /** Who purges, in the audit log. */
  public static final String SYSTEM_USER = "systeme";

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Logger LOG = LoggerFactory.getLogger(RetentionPolicy.class);

  public RetentionPolicy {
    if (unfinishedMonths < 1 || finishedMonths < 1 || unfinishedMonths > 120
        || finishedMonths > 120) {
      throw new IllegalArgumentException("La durée de conservation doit être comprise entre 1 et"
          + " 120 mois.");
    }
  }

  public static RetentionPolicy defaults() {
    return new RetentionPolicy(3, 12);
  }

  /** Reads {@value #UNFINISHED_KEY} and {@value #FINISHED_KEY}; a missing key keeps its default. */
  public static RetentionPolicy fromSettings(Map<String, String> settings) {
    RetentionPolicy d = defaults();
    return new RetentionPolicy(months(settings, UNFINISHED_KEY, d.unfinishedMonths()),
        months(settings, FINISHED_KEY, d.finishedMonths()));
  }

  private static int months(Map<String, String> settings, String key, int fallback) {
    String v = settings.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " : nombre de mois attendu, pas « " + v + " ».");
    }
  }

  /** Sessions unfinished and untouched since before this instant are due for erasure. */
  public Instant unfinishedLimit(Instant now) {
    return now.atZone(ZONE).minus(Period.ofMonths(unfinishedMonths)).toInstant();
  }

  /** Finished sessions untouched since before this instant are due for erasure. */
  public Instant finishedLimit(Instant now) {
    return now.atZone(ZONE).minus(Period.ofMonths(finishedMonths)).toInstant();
  }

  /** Erases every session past its retention; audited per session. */
  public PersonalDataStore.Purge purge(PersonalDataStore store, Clock clock, String terminalId) {
    Instant now = clock.instant();
    return store.purge(unfinishedLimit(now), finishedLimit(now),
        new Actor(SYSTEM_USER, terminalId));
  }

  /**
   * The purge the application runs at start. A failure (database busy, say) is logged and does
   * not stop the start: the next start or {@code guichet purge} will do it.
   */
  public Optional<PersonalDataStore.Purge> purgeAtStart(PersonalDataStore store, Clock clock,
      String terminalId) {
    Objects.requireNonNull(store, "store");
    try {
      PersonalDataStore.Purge done = purge(store, clock, terminalId);
      LOG.info("Retention purge at start: {} unfinished and {} finished sessions erased",
          done.unfinished(), done.finished());
      return Optional.of(done);
    } catch (StoreException e) {
      LOG.warn("Retention purge at start failed: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
