package fr.guichet.print;

import java.time.LocalDate;
import java.util.Objects;

/** The version of the rules the results were computed with, and the date it took effect. */
public record RulesVersion(String version, LocalDate date) {

    public RulesVersion {
        version = Texts.required(version, "rules version");
        Objects.requireNonNull(date, "rules date is required");
    }
}
