package fr.guichet.print;

/**
 * The environment could not print a summary: no printer, an unknown printer, a refused job
 * or an unwritable file. The message names the target and the cause, for the log;
 * {@link #userMessage()} is the French sentence to show at the desk.
 */
public final class PrintFailedException extends RuntimeException {

    /** What went wrong, for the caller to choose what to say. */
    public enum Reason {
        NO_DEFAULT_PRINTER("Aucune imprimante n'est configurée sur ce poste."),
        PRINTER_NOT_FOUND("L'imprimante n'a pas été trouvée."),
        JOB_REFUSED("L'impression n'a pas pu être lancée."),
        FILE_NOT_WRITTEN("Le fichier PDF n'a pas pu être enregistré.");

        private final String userMessage;

        Reason(String userMessage) {
            this.userMessage = userMessage;
        }
    }

    private final Reason reason;
    private final String target;

    public PrintFailedException(Reason reason, String target, String detail, Throwable cause) {
        super(reason + " [" + target + "]: " + detail, cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    /** The printer name or file path the summary was meant for. */
    public String target() {
        return target;
    }

    /** A short French sentence for the person at the desk or kiosk. */
    public String userMessage() {
        return reason.userMessage;
    }
}
