package fr.guichet.territory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a service is open: time ranges by day of the week, dated closures, and a note
 * ("sur rendez-vous"). Shown as French lines: "Lundi, mardi : 9 h – 12 h, 14 h – 17 h".
 */
public record OpeningHours(Map<DayOfWeek, List<TimeRange>> week, List<Closure> closures, String note) {

  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

  public OpeningHours {
    Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
    week = java.util.Collections.unmodifiableMap(copy);
    closures = List.copyOf(closures);
    note = note == null ? "" : note;
  }

  /** Minutes since midnight, end excluded; 0–1440 is the whole day. */
  public record TimeRange(int start, int end) {
    public TimeRange {
      if (start < 0 || end > 24 * 60 || start >= end) throw new IllegalArgumentException("bad time range " + start + "-" + end);
    }

    boolean contains(int minute) {
      return minute >= start && minute < end;
    }

    String french() {
      return start == 0 && end == 24 * 60 ? "24 h sur 24" : clock(start) + " – " + clock(end);
    }

    private static String clock(int minutes) {
      int h = minutes / 60;
      int m = minutes % 60;
      return m == 0 ? h + " h" : h + " h " + (m < 10 ? "0" : "") + m;
    }
  }

  /** Closed from one day to another, both included, with the reason given to people. */
  public record Closure(LocalDate from, LocalDate to, String reason) {
    public Closure {
      if (to.isBefore(from)) throw new IllegalArgumentException("closure ends before it starts");
      reason = reason == null ? "" : reason;
    }

    /** "1er janvier 2027", "24 décembre 2026". */
    private static String day(LocalDate date) {
      return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    String french() {
      String when = from.equals(to) ? "Fermé le " + day(from) : "Fermé du " + day(from) + " au " + day(to);
      return reason.isEmpty() ? when : when + " (" + reason + ")";
    }
  }

  /** Whether people are received at that moment (closures included). */
  public boolean isOpen(LocalDateTime moment) {
    LocalDate day = moment.toLocalDate();
    for (Closure closure : closures) if (closure.covers(day)) return false;
    int minute = moment.getHour() * 60 + moment.getMinute();
    return week.getOrDefault(moment.getDayOfWeek(), List.of()).stream().anyMatch(range -> range.contains(minute));
  }

  /** The weekly hours as French lines, days with the same hours together, then the note. */
  public List<String> frenchLines() {
    Map<List<TimeRange>, List<DayOfWeek>> byHours = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeRange> ranges = week.get(day);
      if (ranges != null && !ranges.isEmpty()) byHours.computeIfAbsent(ranges, k -> new ArrayList<>()).add(day);
    }
    List<String> lines = new ArrayList<>();
    byHours.forEach((ranges, days) -> lines.add(days(days) + " : " + String.join(", ", ranges.stream().map(TimeRange::french).toList())));
    if (!note.isEmpty()) lines.add(note);
    return lines;
  }

  /** The closures that end on or after this day, as French lines ("Fermé du 24 décembre 2026 au …"). */
  public List<String> closuresFrom(LocalDate day) {
    return closures.stream().filter(closure -> !closure.to().isBefore(day)).map(Closure::french).toList();
  }

  private static String days(List<DayOfWeek> days) {
    if (days.size() == 7) return "Tous les jours";
    boolean consecutive = days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
    if (consecutive && days.size() >= 3) return "Du " + name(days.get(0)) + " au " + name(days.get(days.size() - 1));
    List<String> names = days.stream().map(OpeningHours::name).toList();
    String joined = String.join(", ", names);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  static String name(DayOfWeek day) {
    return FRENCH_DAYS.get(day.getValue() - 1);
  }

  /** Day names as written in the file and shown to people, Monday first. */
  static final List<String> FRENCH_DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  static Set<String> dayNames() {
    return Set.copyOf(FRENCH_DAYS);
  }
}
