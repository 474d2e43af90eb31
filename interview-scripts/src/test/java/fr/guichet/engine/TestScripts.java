package fr.guichet.engine;

import fr.guichet.script.CommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.time.LocalDate;
import java.util.List;

/** Small inline scripts and fixed inputs shared by the engine tests. */
final class TestScripts {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** Two communes are enough for the engine's own tests; the real directory has its own tests. */
  static final CommuneResolver COMMUNES = new CommuneResolver() {
    private final List<Found> all = List.of(
        new Found("25056", "Besançon", "25"), new Found("93066", "Saint-Denis", "93"), new Found("97411", "Saint-Denis", "974"));

    @Override
    public List<Found> resolve(String typed) {
      String folded = fr.guichet.script.TextInput.fold(typed);
      return all.stream().filter(c -> fr.guichet.script.TextInput.fold(c.name()).equals(folded) || c.inseeCode().equals(typed)).toList();
    }

    @Override
    public Found byCode(String inseeCode) {
      return all.stream().filter(c -> c.inseeCode().equals(inseeCode)).findFirst().orElse(null);
    }
  };

  static final String HOUSEHOLD = """
      id: test-foyer
      version: "1"
      title: Test foyer
      household:
        id: foyer
        members:
          - role: demandeur
            label: vous
          - role: conjoint
            label: votre conjoint(e)
            count: "if(en_couple, 1, 0)"
            max: 1
          - role: enfant
            label: "l'enfant n°{rang}"
            count: nb_enfants
            max: 6
        computed:
          - id: age
            value: "age(naissance)"
      computed:
        - id: taille_foyer
          value: "members()"
        - id: revenus_foyer
          value: "sum(foyer.revenu)"
        - id: senior
          value: "demandeur.age >= 60"
      sections:
        - id: foyer_s
          title: Votre foyer
          items:
            - id: en_couple
              type: yes_no
              label: Vivez-vous en couple ?
            - id: nb_enfants
              type: integer
              label: Combien d'enfants vivent avec vous ?
              min: 0
              max: 6
            - for_each_member: foyer
              items:
                - id: naissance
                  type: date
                  label: "Date de naissance de {membre}"
                  label_by_role:
                    demandeur: Quelle est votre date de naissance ?
                  past_only: true
                  allow_unknown: true
                  checks:
                    - rule: "role != 'enfant' || demandeur.naissance < naissance"
                      message: Un enfant ne peut pas être plus âgé que vous.
                - id: revenu
                  type: money
                  label: "Revenus mensuels de {membre}"
                  when: "role != 'enfant'"
                  allow_unknown: true
        - id: logement
          title: Logement
          items:
            - id: statut
              type: single_choice
              label: Vous êtes…
              choices:
                - {value: locataire, label: Locataire}
                - {value: proprietaire, label: Propriétaire}
                - {value: heberge, label: Hébergé(e)}
            - id: loyer
              type: money
              label: Montant du loyer
              when: "statut == 'locataire'"
              if_skipped: 0
            - id: besoins
              type: multiple_choice
              label: Besoins urgents
              choices:
                - {value: alimentation, label: Alimentation}
                - {value: energie, label: Facture d'énergie}
                - {value: aucun, label: Aucun, exclusive: true}
            - id: aide_alimentaire
              type: yes_no
              label: Souhaitez-vous un colis alimentaire ?
              when: "has(besoins, 'alimentation') || senior"
      """;

  static Script load(String yaml) {
    return new ScriptLoader().parse("test.yaml", yaml);
  }

  static Interview start(String yaml) {
    return Interview.start(load(yaml), TODAY, COMMUNES);
  }

  private TestScripts() {}
}
