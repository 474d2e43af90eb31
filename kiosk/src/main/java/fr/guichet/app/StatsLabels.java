package fr.guichet.app;

import fr.guichet.aids.LocalAid;
import fr.guichet.aids.LocalAids;
import fr.guichet.eligibility.Benefit;
import fr.guichet.eligibility.interview.SituationCheck;
import fr.guichet.script.Choice;
import fr.guichet.script.MultipleChoiceType;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.stats.Labels;
import fr.guichet.territory.Service;
import fr.guichet.territory.Territory;
import java.util.HashMap;
import java.util.Map;

/** The words of the bundled benefits, local aids, services and interview for the statistics. */
final class StatsLabels {
  private StatsLabels() {}

  static Labels bundled() {
    Map<String, String> words = new HashMap<>();
    for (Benefit b : Benefit.values()) {
      words.put(SituationCheck.idOf(b), b.label());
    }
    LocalAids aids = LocalAids.bundled();
    for (LocalAid aid : aids.aids()) {
      words.put(aid.id(), aid.name());
    }
    for (Service service : Territory.bundled().services()) {
      words.put(service.id(), service.name());
    }
    try {
      Script script = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
      script.question("motif").filter(q -> q.type() instanceof MultipleChoiceType)
          .ifPresent(q -> {
            for (Choice c : ((MultipleChoiceType) q.type()).choices()) {
              words.putIfAbsent(c.value(), c.label().fr());
            }
          });
    } catch (RuntimeException e) {
      // Without the script, reasons are shown by their identifiers.
    }
    return new Labels(words);
  }
}
