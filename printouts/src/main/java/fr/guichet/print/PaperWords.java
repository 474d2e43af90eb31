package fr.guichet.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words the layout itself prints around the summary's texts (headings, labels, the footer),
 * in one language; {0}, {1} are the values put in. {@link #FRENCH} is the reference; the
 * application gives the others from its texts. {@code locale} writes the dates (French dates
 * are written by {@link FrenchDates}).
 */
public record PaperWords(
        Locale locale,
        String placeAndDate,
        String codeIntro,
        String codeShow,
        String amount,
        String documents,
        String services,
        String ask,
        String phone,
        String hours,
        String nextSteps,
        String choices,
        String important,
        String rules,
        String footer,
        Map<ResultCategory, String> categories) {

    public static final PaperWords FRENCH = new PaperWords(Locale.FRANCE, "{0} – le {1}",
            "Votre code pour reprendre le dossier :", "Montrez ce code ou ce QR code à l'accueil.",
            "Environ {0} par mois", "Documents à apporter", "Où aller, qui voir", "Demandez : {0}",
            "Téléphone : {0}", "Horaires :", "Prochaines étapes", "Vos choix", "Important",
            "Règles de calcul : version {0} du {1}.", "Code de reprise : {0} – page {1}", frenchCategories());

    public PaperWords {
        Objects.requireNonNull(locale, "locale");
        categories = Map.copyOf(categories);
        for (ResultCategory category : ResultCategory.values()) {
            Objects.requireNonNull(categories.get(category), "a heading for " + category);
        }
    }

    private static Map<ResultCategory, String> frenchCategories() {
        Map<ResultCategory, String> labels = new EnumMap<>(ResultCategory.class);
        for (ResultCategory category : ResultCategory.values()) labels.put(category, category.label());
        return labels;
    }

    /** Whether these are the French words (French spacing and dates then apply). */
    public boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    String date(LocalDate date) {
        return french() ? FrenchDates.format(date) : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static String fill(String pattern, Object... values) {
        String text = pattern;
        for (int i = 0; i < values.length; i++) text = text.replace("{" + i + "}", String.valueOf(values[i]));
        return text;
    }
}
