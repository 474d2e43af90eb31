package fr.guichet.aids;

import fr.guichet.engine.Interview;
import fr.guichet.territory.Territory;
import java.util.List;

/**
 * Micro benchmark: every local aid (and the routing) for one finished interview, as after each
 * answer. Run: java -cp target/classes:target/test-classes:(dependencies) fr.guichet.aids.LocalAidsBench
 */
public final class LocalAidsBench {

  private LocalAidsBench() {}

  public static void main(String[] args) {
    LocalAids aids = LocalAids.bundled();
    Territory territory = Territory.bundled();
    List<Interview> interviews = List.of(
        Personas.person().with("besoins_urgents", "alimentation,expulsion").salary("demandeur", "700").interview(),
        Personas.person().with("demandeur.date_naissance", "02/05/1948").with("demandeur.activite", "retraite")
            .pension("demandeur", "900").with("logement", "proprietaire").with("demandeur.perte_autonomie", "oui")
            .with("demandeur.gir", "gir_5_6").interview(),
        Personas.person().with("demandeur.salaire_m1", "?").interview());
    int rounds = 20_000;
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) sink += run(aids, territory, interviews, rounds, false);
    long start = System.nanoTime();
    sink += run(aids, territory, interviews, rounds, false);
    double aidsMicros = (System.nanoTime() - start) / 1e3 / (rounds * interviews.size());
    start = System.nanoTime();
    sink += run(aids, territory, interviews, rounds, true);
    double withRouting = (System.nanoTime() - start) / 1e3 / (rounds * interviews.size());
    System.out.printf("local aids (%d): %.1f µs per interview; with routing: %.1f µs (sink %d)%n",
        aids.aids().size(), aidsMicros, withRouting, sink);
  }

  private static long run(LocalAids aids, Territory territory, List<Interview> interviews, int rounds, boolean route) {
    long sink = 0;
    for (int i = 0; i < rounds; i++) {
      for (Interview interview : interviews) {
        var conclusions = aids.evaluate(interview);
        sink += conclusions.size();
        if (route) sink += territory.route(interview, conclusions).then().size();
      }
    }
    return sink;
  }
}
