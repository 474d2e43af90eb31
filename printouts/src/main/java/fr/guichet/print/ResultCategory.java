package fr.guichet.print;

/** The groups a printed result falls into, in the order they are printed. */
public enum ResultCategory {
    TO_REQUEST("À demander"),
    /** Received already: not to claim again (with a check of the amount where one is computed). */
    ALREADY_RECEIVED("Déjà perçu"),
    TO_CHECK("À vérifier"),
    NOT_NOW("Pas pour l'instant");

    private final String label;

    ResultCategory(String label) {
        this.label = label;
    }

    /** The French heading printed above the group. */
    public String label() {
        return label;
    }
}
