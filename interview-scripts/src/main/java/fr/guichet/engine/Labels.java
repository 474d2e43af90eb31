package fr.guichet.engine;

import fr.guichet.script.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the placeholders of a text: {membre} (the member asked about), {rang}, {mois_m1} to
 * {mois_m3} (the last three months, "octobre 2026"), {annee}, {annee_n1}, {annee_n2}.
 */
final class Labels {


  private Labels() {}

  static Text rank(Text text, int rank) {
    return map(text, s -> s.replace("{rang}", Integer.toString(rank)));
  }

  /** The text in {@code language} (French, marked, when it has no translation), placeholders filled. */
  static String resolve(Text text, Member member, LocalDate today, String language) {
    return resolve(text.shown(language), member, today, language);
  }

  static String resolve(String text, Member member, LocalDate today, String language) {
    if (text.indexOf('{') < 0) return text;
    String result = text;
    if (member != null) {
      String who = member.label().has(language) ? member.label().in(language) : member.label().fr();
      result = result.replace("{membre}", who).replace("{rang}", Integer.toString(member.rank()));
    }
    // "LLLL": the month's name as said alone (nominative in Ukrainian: "жовтень 2026").
    DateTimeFormatter months = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(language));
    YearMonth month = YearMonth.from(today);
    result = result
        .replace("{mois_m1}", months.format(month.minusMonths(1)))
        .replace("{mois_m2}", months.format(month.minusMonths(2)))
        .replace("{mois_m3}", months.format(month.minusMonths(3)))
        .replace("{annee}", Integer.toString(today.getYear()))
        .replace("{annee_n1}", Integer.toString(today.getYear() - 1))
        .replace("{annee_n2}", Integer.toString(today.getYear() - 2));
    return result;
  }

  private static Text map(Text text, java.util.function.UnaryOperator<String> change) {
    Map<String, String> changed = new LinkedHashMap<>();
    text.byLanguage().forEach((language, value) -> changed.put(language, change.apply(value)));
    return new Text(changed);
  }
}
