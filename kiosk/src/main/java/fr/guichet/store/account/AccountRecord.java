package fr.guichet.store.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One agent's account as stored: the role is kept by name (the store knows no roles), the
 * password only as a {@link PasswordHasher} hash.
 */
public record AccountRecord(
    String username,
    String passwordHash,
    String role,
    boolean disabled,
    int failedAttempts,
    Instant lockedUntil,
    Instant createdAt,
    Instant updatedAt) {

  public AccountRecord {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** True while a lockout is running at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil.isAfter(now);
  }
}
