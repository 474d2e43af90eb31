package fr.guichet.summary;

import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.parameters.LegalParameters;
import fr.guichet.eligibility.parameters.ParameterSeries;
import fr.guichet.print.RulesVersion;
import fr.guichet.script.Script;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a summary's results come from: the script's version (with the local aids' catalogue
 * version) and the date the newest legal or local parameter in force that day took effect.
 */
final class RulesDates {
  private final List<ParameterSeries> series;

  RulesDates(LegalParameters legal, LocalAids aids) {
    List<ParameterSeries> all = new ArrayList<>();
    legal.keys().forEach(key -> all.add(legal.series(key)));
    all.addAll(aids.parameters().values());
    this.series = List.copyOf(all);
  }

  RulesVersion on(Script script, LocalAids aids, LocalDate day) {
    LocalDate newest = null;
    for (ParameterSeries one : series) {
      if (one.values().get(0).from().isAfter(day)) {
        continue;
      }
      LocalDate from = one.at(day).from();
      if (newest == null || from.isAfter(newest)) {
        newest = from;
      }
    }
    String version = script.version() + " (aides locales " + aids.version() + ")";
    return new RulesVersion(version, newest == null ? day : newest);
  }
}
