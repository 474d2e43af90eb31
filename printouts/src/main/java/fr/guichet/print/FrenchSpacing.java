package fr.guichet.print;

import java.util.regex.Pattern;

/**
 * French typography for printed lines: the space before « : ; ! ? » and after « becomes a
 * no-break space, so that a line never starts with a lone "»" or ":". Every printed text passes
 * here, so it is also where it is made inert ({@link InertText}: no escape sequence, control or
 * bidi character reaches the page).
 */
final class FrenchSpacing {
    private static final Pattern BEFORE = Pattern.compile(" ([:;!?»])");
    private static final Pattern AFTER = Pattern.compile("« ");

    private FrenchSpacing() {
    }

    static String apply(String text) {
        String inert = InertText.of(text);
        return AFTER.matcher(BEFORE.matcher(inert).replaceAll("\u00a0$1")).replaceAll("«\u00a0");
    }
}
