package fr.guichet.session;

/**
 * A follow-up request that the service refuses, with the French sentence to show: the role may
 * not do it, the session has no such document, a malformed date… Nothing was changed.
 */
public final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whether the request was malformed (a usage error) or refused (allowed input, not allowed). */
  public enum Kind { USAGE, REFUSED }

  private final Kind kind;

  public RefusedException(Kind kind, String frenchMessage) {
    super(frenchMessage);
    this.kind = kind;
  }

  static RefusedException refused(String frenchMessage) {
    return new RefusedException(Kind.REFUSED, frenchMessage);
  }

  static RefusedException usage(String frenchMessage) {
    return new RefusedException(Kind.USAGE, frenchMessage);
  }

  public Kind kind() {
    return kind;
  }
}
