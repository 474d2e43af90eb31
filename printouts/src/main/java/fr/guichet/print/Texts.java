package fr.guichet.print;

import java.util.List;
import java.util.Objects;

/** Small validation helpers shared by the summary records. */
final class Texts {
    private Texts() {
    }

    static String required(String value, String what) {
        Objects.requireNonNull(value, what + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    static List<String> lines(List<String> values, String what) {
        Objects.requireNonNull(values, what + " is required (use an empty list)");
        return values.stream().map(line -> required(line, "each line of " + what)).toList();
    }

    static <T> List<T> items(List<T> values, String what) {
        Objects.requireNonNull(values, what + " is required (use an empty list)");
        values.forEach(value -> Objects.requireNonNull(value, what + " must not contain null"));
        return List.copyOf(values);
    }
}
