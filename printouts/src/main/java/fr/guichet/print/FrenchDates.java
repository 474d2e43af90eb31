package fr.guichet.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as written in a French letter: "1er avril 2026", "25 novembre 2026". */
final class FrenchDates {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchDates() {
    }

    static String format(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(date);
    }
}
