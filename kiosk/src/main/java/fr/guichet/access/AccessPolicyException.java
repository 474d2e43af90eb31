package fr.guichet.access;

/** The access-policy file is wrong; the French message names the file and the problem. */
public final class AccessPolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AccessPolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
