package fr.guichet.eligibility.openfisca;

/** The OpenFisca situation document cannot be computed (the command exits 2 with this message). */
public final class OpenFiscaInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OpenFiscaInputException(String message) {
    super(message);
  }
}
