package fr.guichet.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated 300-question script with household repeats and conditions, and answers that walk
 * it to the end, to measure the engine on a script larger than the shipped one.
 */
final class GeneratedScript {

  static final int SECTIONS = 29;
  static final int PER_SECTION = 10;
  static final int MEMBER_QUESTIONS = 10;

  private GeneratedScript() {}

  static String yaml() {
    StringBuilder y = new StringBuilder("""
        id: bench-300
        version: "1"
        title: Banc d'essai
        household:
          id: foyer
          members:
            - {role: demandeur, label: vous}
            - {role: conjoint, label: le conjoint, count: "if(couple, 1, 0)", max: 1}
            - {role: enfant, label: "l'enfant {rang}", count: nb_enfants, max: 6}
          computed:
            - {id: age, value: "age(naissance)"}
        computed:
          - {id: total, value: "sum(foyer.revenu)"}
          - {id: grand, value: "total > 1000 || members() > 3"}
        sections:
          - id: s0
            title: Foyer
            items:
              - {id: couple, type: yes_no, label: "Couple ?"}
              - {id: nb_enfants, type: integer, label: "Enfants ?", min: 0, max: 6}
              - for_each_member: foyer
                items:
        """);
    for (int i = 0; i < MEMBER_QUESTIONS; i++) {
      if (i == 0) y.append("          - {id: naissance, type: date, label: \"Naissance de {membre}\", past_only: true}\n");
      else if (i == 1) y.append("          - {id: revenu, type: money, label: Revenu, when: \"age >= 16\", if_skipped: 0}\n");
      else y.append("          - {id: m").append(i).append(", type: integer, label: Q").append(i)
          .append(", when: \"age >= ").append(i).append(" || rang > 1\", if_skipped: 0}\n");
    }
    for (int s = 1; s <= SECTIONS; s++) {
      y.append("  - id: s").append(s).append("\n    title: Section ").append(s).append("\n    items:\n");
      for (int q = 0; q < PER_SECTION; q++) {
        String id = "q" + s + "_" + q;
        y.append("      - id: ").append(id);
        switch (q % 4) {
          case 0 -> y.append("\n        type: yes_no\n        label: Question ").append(id).append("\n");
          case 1 -> y.append("\n        type: money\n        label: Montant ").append(id)
              .append("\n        when: \"q").append(s).append("_0 || grand\"\n        if_skipped: 0\n");
          case 2 -> y.append("\n        type: single_choice\n        label: Choix ").append(id)
              .append("\n        choices: [{value: a, label: A}, {value: b, label: B}, {value: c, label: C}]\n");
          default -> y.append("\n        type: integer\n        label: Nombre ").append(id)
              .append("\n        when: \"q").append(s).append("_").append(q - 1).append(" != 'c' && q").append(s).append("_1 < 5000\"\n")
              .append("        checks: [{rule: \"").append(id).append(" <= 100 || q").append(s).append("_0\", message: Trop grand}]\n");
        }
      }
    }
    return y.toString();
  }

  /** Answers that go through the whole script: a couple with three children. */
  static Map<String, String> answers() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("couple", "oui");
    answers.put("nb_enfants", "3");
    String[] members = {"demandeur", "conjoint", "enfant1", "enfant2", "enfant3"};
    String[] births = {"01/02/1980", "03/04/1982", "05/06/2010", "07/08/2014", "09/10/2018"};
    for (int m = 0; m < members.length; m++) {
      answers.put(members[m] + ".naissance", births[m]);
      answers.put(members[m] + ".revenu", "1 200,50");
      for (int i = 2; i < MEMBER_QUESTIONS; i++) answers.put(members[m] + ".m" + i, String.valueOf(i));
    }
    for (int s = 1; s <= SECTIONS; s++) {
      for (int q = 0; q < PER_SECTION; q++) {
        String id = "q" + s + "_" + q;
        answers.put(id, switch (q % 4) {
          case 0 -> s % 2 == 0 ? "oui" : "non";
          case 1 -> "1 234,56";
          case 2 -> String.valueOf(1 + (s + q) % 3);
          default -> "42";
        });
      }
    }
    return answers;
  }
}
