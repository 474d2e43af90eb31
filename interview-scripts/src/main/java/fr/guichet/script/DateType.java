package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed JJ/MM/AAAA (also with dashes, dots or spaces, or as 2024-03-31). A date that does
 * not exist is refused, and so are dates before 1900 or after the window the script allows.
 */
public record DateType(boolean pastOnly, boolean futureOnly) implements AnswerType {

  private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public QuestionKind kind() {
    return QuestionKind.DATE;
  }

  public String name() {
    return "date";
  }

  public ValueType valueType() {
    return ValueType.DATE;
  }

  public Parsed parse(String raw, ParseContext context) {
    String text = TextInput.clean(raw);
    Matcher french = FRENCH.matcher(text);
    Matcher iso = ISO.matcher(text);
    LocalDate date;
    try {
      if (french.matches()) {
        date = LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)), Integer.parseInt(french.group(1)));
      } else if (iso.matches()) {
        date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      } else {
        return Parsed.refuse("Écrivez la date sous la forme JJ/MM/AAAA (par exemple 05/03/1980).");
      }
    } catch (DateTimeException e) {
      return Parsed.refuse("Cette date n'existe pas. Vérifiez le jour et le mois (JJ/MM/AAAA).");
    }
    if (date.isBefore(EARLIEST)) return Parsed.refuse("L'année doit être 1900 ou après.");
    if (pastOnly && date.isAfter(context.today())) return Parsed.refuse("Cette date est dans le futur : elle doit être passée.");
    if (futureOnly && date.isBefore(context.today())) return Parsed.refuse("Cette date est passée : elle doit être à venir.");
    return Parsed.ok(new Answer.Day(date));
  }

  public Answer restore(String stored, ParseContext context) {
    return new Answer.Day(LocalDate.parse(stored));
  }

  public String display(Answer answer) {
    return answer instanceof Answer.Day day ? SHOWN.format(day.date()) : "";
  }
}
