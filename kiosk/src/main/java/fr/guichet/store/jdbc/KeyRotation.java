package fr.guichet.store.jdbc;

import fr.guichet.store.Actor;
import fr.guichet.store.key.DataKey;
import fr.guichet.store.key.KeyFile;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replaces the data key. Order, so that a crash at any point leaves one consistent key in force
 * (see {@link Keyring}): (1) write the new key to {@value KeyFile#NEXT_FILE_NAME}; (2) in one
 * database transaction, re-seal every answer, note and second factor under it, record its check value
 * and an audit entry; (3) rename the next key file over the key file. Other processes notice the
 * new check value at their next operation and re-read the key file.
 */
final class KeyRotation {
  private static final int PAGE = 500;

  private final Database db;
  private final Keyring keyring;
  private final SecureRandom random;

  KeyRotation(Database db, Keyring keyring, SecureRandom random) {
    this.db = db;
    this.keyring = keyring;
    this.random = random;
  }

  void rotate(Actor actor, Instant now) {
    DataKey next = DataKey.generate(random);
    KeyFile.replace(keyring.nextKeyFile(), next);
    try {
      db.write("rotate key", c -> {
        DataKey old = keyring.refresh(c);
        resealAnswers(c, old, next);
        PersonalRows.resealNotes(c, old, next);
        SecondFactors factors = new SecondFactors();
        IdentityRows.reseal(c, old, next, factors);
        VisitRows.reseal(c, old, next);
        for (UUID id : SessionRows.withSecondFactor(c)) {
          factors.reseal(c, old, next, id);
        }
        Keyring.writeCheck(c, next.checkValue());
        AuditLog.append(c, now, actor, "KEY_ROTATED", null, "");
        return null;
      });
    } catch (RuntimeException e) {
      boolean committed = db.read("check rotation",
          c -> Keyring.readCheck(c).orElse("").equals(next.checkValue()));
      if (!committed) {
        KeyFile.deleteQuietly(keyring.nextKeyFile());
        throw e;
      }
    }
    keyring.installRotated(next);
  }

  private static void resealAnswers(Connection c, DataKey old, DataKey next) throws SQLException {
    String afterSession = "";
    long afterSeq = 0;
    List<AnswerEvents.SealedValue> page;
    do {
      page = AnswerEvents.page(c, afterSession, afterSeq, PAGE);
      for (AnswerEvents.SealedValue v : page) {
        String plain = AnswerEvents.open(old, v);
        AnswerEvents.replaceSealed(c, v, next.seal(plain, v.associatedData()));
        afterSession = v.sessionId().toString();
        afterSeq = v.seq();
      }
    } while (page.size() == PAGE);
  }
}
