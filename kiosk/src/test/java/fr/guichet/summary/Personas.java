package fr.guichet.summary;

import fr.guichet.store.session.ResumeCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.engine.Replay;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Interviews for the printout tests, answered as a person would type them. Their figures are
 * unusual on purpose (1 234,56 € of salary, born 17/09/1983) so that a test can tell whether
 * the person's own data reached the paper.
 */
public final class Personas {
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  public static final Script SCRIPT = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);
  /** A valid code for golden files, the same at every run. */
  public static final ResumeCode FIXED_CODE = fixedCode();

  /** A salaried tenant on part time: prime d'activité, CSS, aides locales; nothing urgent. */
  public static final String TENANT = """
      motif: [droits]
      besoins_urgents: aucun
      commune: Ornans
      en_couple: non
      nb_enfants: 0
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 17/09/1983
          nationalite: francaise
          activite: salarie
          types_ressources: salaire
          salaire_m1: 1 234,56
          salaire_m2: 1 234,56
          salaire_m3: 1 234,56
          salaire_12m: 14 321,09
          handicap: non
      grossesse: non
      logement: locataire_prive
      loyer: 512,34
      aide_logement: oui
      aide_logement_montant: 98,76
      impayes_loyer: non
      prestations_foyer: aucune
      revenu_fiscal_reference: 13 579
      """;

  /**
   * A mother alone with two children, tenant, who already receives a housing aid (287,13 €) and
   * family benefits (148,52 €): neither is to claim again.
   */
  public static final String MOTHER_RECEIVING = """
      motif: [droits]
      besoins_urgents: aucun
      commune: Ornans
      en_couple: non
      nb_enfants: 2
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 14/05/1986
          nationalite: francaise
          activite: salarie
          types_ressources: salaire
          salaire_m1: 1 180,00
          salaire_m2: 1 180,00
          salaire_m3: 1 180,00
          salaire_12m: 14 160,00
          handicap: non
        - role: enfant
          date_naissance: 03/03/2014
          garde_alternee: non
        - role: enfant
          date_naissance: 21/08/2018
          garde_alternee: non
      isolement_recent: non
      grossesse: non
      logement: locataire_prive
      loyer: 640,00
      aide_logement: oui
      aide_logement_montant: 287,13
      impayes_loyer: non
      prestations_foyer: prestations_familiales
      prestations_familiales_mensuel: 148,52
      revenu_fiscal_reference: 14 200
      """;

  /** Homeless, no income, food emergency: domiciliation first. */
  public static final String HOMELESS = """
      motif: [aide_urgence]
      besoins_urgents: [alimentation, sante, sans_adresse]
      commune: Ornans
      en_couple: non
      nb_enfants: 0
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 03/02/1990
          nationalite: francaise
          activite: etudiant
          types_ressources: aucune
          handicap: non
          perte_autonomie: non
          inapte_travail: non
      grossesse: non
      logement: sans_domicile
      prestations_foyer: aucune
      revenu_fiscal_reference: je ne sais pas
      """;

  /** A widow of 78, owner, small pension, needs help every day: the seniors team first. */
  public static final String SENIOR = """
      motif: autre
      besoins_urgents: aucun
      commune: Quingey
      en_couple: non
      nb_enfants: 0
      nb_autres: 0
      foyer:
        - role: demandeur
          date_naissance: 12/05/1948
          nationalite: francaise
          activite: retraite
          types_ressources: retraite
          retraite_mensuel: 890,40
          handicap: non
          perte_autonomie: oui
          gir: gir_1_4
      logement: proprietaire
      prestations_foyer: aucune
      revenu_fiscal_reference: 10 500
      """;

  private Personas() {}

  public static Replay.Report replay(String yaml) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> document = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
      return Replay.run(SCRIPT, TODAY, DirectoryCommuneResolver.bundled(),
          PreparedAnswers.flatten(document, SCRIPT.household()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Interview interview(String yaml) {
    Replay.Report report = replay(yaml);
    if (!report.finished()) {
      throw new IllegalStateException("persona stops at " + report.waitingAt() + ": " + report.rejected());
    }
    return report.interview();
  }

  private static ResumeCode fixedCode() {
    for (char check : ResumeCode.ALPHABET.toCharArray()) {
      var code = ResumeCode.parse("K7FM2Q9XR" + check);
      if (code.isPresent()) {
        return code.get();
      }
    }
    throw new IllegalStateException("no check character");
  }
}
