package fr.guichet.print;

import java.time.LocalDate;

/**
 * Dates as written in a French letter: "1er avril 2026", "25 novembre 2026". The month names
 * are spelled here rather than taken from the JDK's locale data, whose first load costs tens of
 * milliseconds on a cold kiosk.
 */
final class FrenchDates {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

    private FrenchDates() {
    }

    static String format(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
