package fr.guichet.territory;

import fr.guichet.script.load.Problems;
import fr.guichet.script.load.Suggestions;
import fr.guichet.territory.TerritoryFile.ClosedFile;
import fr.guichet.territory.TerritoryFile.HoursFile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the opening hours of a service (days, "09:00-12:00" ranges, closures), reporting each mistake at its place. */
final class HoursReader {

  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})[:h](\\d{2})\\s*-\\s*(\\d{1,2})[:h](\\d{2})\\s*");

  private final Problems problems;

  HoursReader(Problems problems) {
    this.problems = problems;
  }

  OpeningHours read(List<HoursFile> hours, List<ClosedFile> closed, String note, String pointer) {
    Map<DayOfWeek, List<OpeningHours.TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    if (hours == null || hours.isEmpty()) problems.at(pointer, "horaires (hours) manquants : {days: [lundi], times: [\"09:00-12:00\"]}");
    List<HoursFile> lines = hours == null ? List.of() : hours;
    for (int i = 0; i < lines.size(); i++) {
      String at = pointer + "/hours/" + i;
      List<OpeningHours.TimeRange> ranges = ranges(lines.get(i).times(), at + "/times");
      for (DayOfWeek day : days(lines.get(i).days(), at + "/days")) {
        if (week.containsKey(day)) problems.at(at + "/days", "le " + OpeningHours.name(day) + " a déjà ses horaires plus haut");
        else week.put(day, ranges);
      }
    }
    return new OpeningHours(week, closures(closed, pointer + "/closed"), note);
  }

  private List<DayOfWeek> days(List<String> names, String pointer) {
    List<DayOfWeek> days = new ArrayList<>();
    if (names == null || names.isEmpty()) problems.at(pointer, "jours (days) manquants : [lundi, mardi…]");
    for (int i = 0; names != null && i < names.size(); i++) {
      int index = OpeningHours.FRENCH_DAYS.indexOf(names.get(i) == null ? "" : names.get(i).strip().toLowerCase(java.util.Locale.ROOT));
      if (index >= 0) {
        days.add(DayOfWeek.of(index + 1));
        continue;
      }
      String suggestion = Suggestions.closest(String.valueOf(names.get(i)), OpeningHours.FRENCH_DAYS);
      problems.at(pointer + "/" + i, "jour « " + names.get(i) + " » inconnu" + (suggestion == null ? " : lundi … dimanche" : " — vouliez-vous dire « " + suggestion + " » ?"));
    }
    return days;
  }

  private List<OpeningHours.TimeRange> ranges(List<String> times, String pointer) {
    List<OpeningHours.TimeRange> ranges = new ArrayList<>();
    if (times == null || times.isEmpty()) problems.at(pointer, "heures (times) manquantes : [\"09:00-12:00\", \"14:00-17:00\"]");
    for (int i = 0; times != null && i < times.size(); i++) {
      Matcher m = RANGE.matcher(String.valueOf(times.get(i)));
      int start = m.matches() ? minutes(m.group(1), m.group(2)) : -1;
      int end = m.matches() ? minutes(m.group(3), m.group(4)) : -1;
      boolean after = ranges.isEmpty() || start >= ranges.get(ranges.size() - 1).end();
      if (start < 0 || end < 0 || start >= end || !after) {
        problems.at(pointer + "/" + i, "plage « " + times.get(i) + " » illisible : écrivez \"09:00-12:00\", dans l'ordre de la journée");
      } else {
        ranges.add(new OpeningHours.TimeRange(start, end));
      }
    }
    return ranges;
  }

  private static int minutes(String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (h > 24 || m > 59 || (h == 24 && m > 0)) return -1;
    return h * 60 + m;
  }

  private List<OpeningHours.Closure> closures(List<ClosedFile> closed, String pointer) {
    List<OpeningHours.Closure> closures = new ArrayList<>();
    for (int i = 0; closed != null && i < closed.size(); i++) {
      ClosedFile file = closed.get(i);
      String at = pointer + "/" + i;
      LocalDate from = date(file.from(), at + "/from");
      LocalDate to = file.to() == null ? from : date(file.to(), at + "/to");
      if (from == null || to == null) continue;
      if (to.isBefore(from)) problems.at(at + "/to", "la fermeture finit avant de commencer");
      else closures.add(new OpeningHours.Closure(from, to, file.reason()));
    }
    return closures;
  }

  private LocalDate date(String text, String pointer) {
    try {
      if (text != null) return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.at(pointer, "date « " + text + " » illisible : écrivez AAAA-MM-JJ, par exemple 2026-12-24");
    return null;
  }
}
