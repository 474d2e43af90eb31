package fr.guichet.store;

import fr.guichet.store.account.PasswordHasher;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

  @Test
  void verify_whenSamePassword_acceptsAndWhenOther_refuses() {
    String stored = hasher.hash("Motdepasse-été-2026".toCharArray());
    assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("Motdepasse");
    assertThat(hasher.verify("Motdepasse-été-2026".toCharArray(), stored)).isTrue();
    assertThat(hasher.verify("Motdepasse-ete-2026".toCharArray(), stored)).isFalse();
  }

  @Test
  void hash_whenCalledTwice_usesAFreshSalt() {
    assertThat(hasher.hash("x".toCharArray())).isNotEqualTo(hasher.hash("x".toCharArray()));
  }

  @Test
  void verify_whenStoredHashMalformed_refuses() {
    for (String bad : new String[] {"", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA$AA",
        "pbkdf2-sha256$0$AA$AA"}) {
      assertThat(hasher.verify("x".toCharArray(), bad)).as(bad).isFalse();
    }
  }

  @Test
  void needsRehash_whenFewerIterations_isTrue() {
    String old = new PasswordHasher(500, new SecureRandom()).hash("x".toCharArray());
    assertThat(hasher.needsRehash(old)).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("x".toCharArray()))).isFalse();
  }

  @Test
  void defaultIterations_isAtLeastOwaspRecommendation() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }
}
