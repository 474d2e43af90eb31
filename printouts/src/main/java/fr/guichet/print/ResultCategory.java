package fr.guichet.print;

/** The three groups a printed result falls into, in the order they are printed. */
public enum ResultCategory {
    TO_REQUEST("À demander"),
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
