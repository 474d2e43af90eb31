package fr.guichet.aids;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Replay;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Interviews of the default script filled as a person would type the answers: a baseline person
 * (41, alone, salaried, private tenant) changed answer by answer. Shared by aid and routing tests.
 */
public final class Personas {

  public static final Script SCRIPT = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final Map<String, String> answers = new LinkedHashMap<>();
  private LocalDate today = TODAY;

  private Personas() {
    answers.put("motif", "droits");
    answers.put("besoins_urgents", "aucun");
    answers.put("commune", "Ornans");
    answers.put("en_couple", "non");
    answers.put("nb_enfants", "0");
    answers.put("nb_autres", "0");
    answers.put("demandeur.date_naissance", "14/03/1985");
    answers.put("demandeur.nationalite", "francaise");
    answers.put("demandeur.activite", "salarie");
    answers.put("grossesse", "non");
    answers.put("logement", "locataire_prive");
    answers.put("loyer", "480");
    answers.put("aide_logement", "non");
    answers.put("impayes_loyer", "non");
    salary("demandeur", "1100");
    answers.put("demandeur.handicap", "non");
    answers.put("prestations_foyer", "aucune");
    answers.put("revenu_fiscal_reference", "12000");
  }

  /** The baseline person. */
  public static Personas person() {
    return new Personas();
  }

  public Personas with(String key, String typed) {
    answers.put(key, typed);
    return this;
  }

  public Personas without(String key) {
    answers.remove(key);
    return this;
  }

  public Personas on(LocalDate date) {
    this.today = date;
    return this;
  }

  /** The same monthly salary for the last three months, and twelve times it over the year. */
  public Personas salary(String member, String monthly) {
    answers.put(member + ".types_ressources", "salaire");
    answers.put(member + ".salaire_m1", monthly);
    answers.put(member + ".salaire_m2", monthly);
    answers.put(member + ".salaire_m3", monthly);
    answers.put(member + ".salaire_12m", "?");
    return this;
  }

  /** A retirement pension as the only resource. */
  public Personas pension(String member, String monthly) {
    answers.keySet().removeIf(key -> key.startsWith(member + ".salaire_"));
    answers.put(member + ".types_ressources", "retraite");
    answers.put(member + ".retraite_mensuel", monthly);
    return this;
  }

  /** No resource at all. */
  public Personas noIncome(String member) {
    answers.keySet().removeIf(key -> key.startsWith(member + ".salaire_"));
    answers.put(member + ".types_ressources", "aucune");
    return this;
  }

  public Interview interview() {
    Replay.Report report = Replay.run(SCRIPT, today, DirectoryCommuneResolver.bundled(), answers);
    if (!report.rejected().isEmpty()) throw new IllegalStateException("answer refused: " + report.rejected());
    return report.interview();
  }
}
