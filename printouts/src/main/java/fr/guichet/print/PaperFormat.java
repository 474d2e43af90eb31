package fr.guichet.print;

/** The paper a summary is laid out for. */
public enum PaperFormat {
    /** An A4 sheet, several pages if needed. */
    A4,
    /** An 80 mm thermal-printer roll: one page as long as the content. */
    RECEIPT_80MM
}
