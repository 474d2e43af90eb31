package fr.guichet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.Interview;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.script.load.ScriptProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The script loader, as a CCAS agent editing a script by hand may break it: lines deleted, moved,
 * re-indented, cut short, keys and values garbled (structure), and expressions written wrong
 * (conditions, computed values, checks). A script is either loaded, or refused with problems that
 * each name a line and a column and say in French what is wrong; a loaded script can be
 * interviewed with any answers without an exception.
 */
final class ScriptLoaderTargets {
  private ScriptLoaderTargets() {}

  private static final ScriptLoader LOADER = new ScriptLoader();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String SHIPPED = shipped();
  private static final List<String> TYPED = List.of("oui", "non", "1", "2", "3", "0", "12", "1 234,50", "05/03/1980", "31/12/2020",
      "Besançon", "Saint-Denis 93", "?", "je ne sais pas", "", "-3", "99999999999999999999", "1, 2", "locataire", "\u001B[2J");
  private static final List<String> SLOTS = List.of("age(naissance)", "sum(foyer.revenu) + coalesce(loyer, 0)", "demandeur.age >= 18",
      "role == 'demandeur' || age >= 16", "logement == 'locataire'", "loyer < 5000", "nb_enfants");
  private static final List<String> TOKENS = List.of("age", "naissance", "loyer", "logement", "besoins", "nb_enfants", "en_couple",
      "total", "majeur", "foyer", "foyer.revenu", "demandeur.age", "enfant.naissance", "role", "rang", "inconnu", "ville", "nom",
      "0", "1", "-1", "2.5", "1e400", "99999999999999999999999", "'locataire'", "'aucun'", "'x'", "\"", "'", "true", "false", "null",
      "+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "(", ")", ",", ".", "[", "]", "{", "}",
      "if(", "age(", "sum(", "count(", "members(", "members('enfant')", "min(", "max(", "any(", "all(", "has(", "known(",
      "answered(", "today()", "date(", "round(", "coalesce(", "years_between(", "\u001B[2J", "é", " ");
  private static final List<String> NEAR_VALID = List.of(
      "if(en_couple, 1, 0)", "sum(foyer.revenu) / nb_enfants", "loyer / 0", "age(naissance) ^ 99999", "date(2024, 13, 40) < today()",
      "round(total, -1, 7)", "round(total, 99999999)", "members('nobody')", "has(besoins, 'inexistant')", "count(foyer.naissance)",
      "min(foyer.revenu) - max(foyer.revenu)", "coalesce(loyer, 'x')", "years_between(naissance, today())",
      "known(loyer) && loyer > 10", "10 ^ 1000", "1 / (nb_enfants - nb_enfants)", "total");

  static final String BASE = """
      id: fuzz
      version: "1"
      title: Essai
      languages: [fr, en]
      household:
        id: foyer
        members:
          - role: demandeur
            label: vous
          - role: enfant
            label: "l'enfant n°{rang}"
            count: nb_enfants
            max: 4
        computed:
          - id: age
            value: "age(naissance)"
      computed:
        - id: total
          value: "sum(foyer.revenu) + coalesce(loyer, 0)"
        - id: majeur
          value: "demandeur.age >= 18"
      sections:
        - id: s1
          title: {fr: Vous, en: You}
          items:
            - id: en_couple
              type: yes_no
              label: Vivez-vous en couple ?
              help: Marié, pacsé ou en concubinage.
            - id: nb_enfants
              type: integer
              label: Combien d'enfants ?
              min: 0
              max: 4
              unit: enfants
            - for_each_member: foyer
              items:
                - id: naissance
                  type: date
                  label: "Date de naissance de {membre}"
                  past_only: true
                  allow_unknown: true
                - id: revenu
                  type: money
                  label: Revenus du mois
                  when: "role == 'demandeur' || age >= 16"
            - id: logement
              type: single_choice
              label: Votre logement ?
              choices:
                - value: locataire
                  label: Locataire
                - value: heberge
                  label: Hébergé
                - value: aucun
                  label: Aucun
                  exclusive: true
            - id: loyer
              type: money
              label: Loyer ?
              when: "logement == 'locataire'"
              checks:
                - rule: "loyer < 5000"
                  message: Un loyer de plus de 5 000 € ? Vérifiez.
            - id: besoins
              type: multiple_choice
              label: Besoins ?
              choices:
                - value: alimentation
                  label: Alimentation
                - value: energie
                  label: Énergie
                - value: aucun
                  label: Aucun
                  exclusive: true
            - id: ville
              type: commune
              label: Votre commune ?
            - id: nom
              type: text
              label: Votre nom ?
              max_length: 40
              pattern: "[A-Za-zÀ-ÿ' -]+"
              pattern_message: Des lettres seulement.
            - id: fin
              type: info
              label: "Merci. Total : {total}"
      """;

  static List<Fuzz.Target<?>> all() {
    return List.of(
        Fuzz.target("script: structure", r -> mutate(r.nextInt(10) == 0 ? SHIPPED : BASE, edits(r)), ScriptLoaderTargets::check),
        Fuzz.target("script: expressions", r -> BASE.replace(HostileText.pick(r, SLOTS),
            expression(r).replace("\\", "\\\\").replace("\"", "\\\"")), ScriptLoaderTargets::check));
  }

  private static List<Long> edits(Random r) {
    List<Long> edits = new ArrayList<>();
    for (int i = 1 + r.nextInt(8); i > 0; i--) edits.add(r.nextLong());
    return edits;
  }

  /** Token soup close to the expression language, or a nearly valid expression. */
  private static String expression(Random r) {
    if (r.nextInt(4) == 0) return HostileText.pick(r, NEAR_VALID);
    List<String> parts = new ArrayList<>();
    for (int i = 1 + r.nextInt(14); i > 0; i--) parts.add(HostileText.pick(r, TOKENS));
    return String.join(" ", parts);
  }

  /** Loaded and interviewable, or refused with positioned French problems. */
  static void check(String text) {
    Script script;
    try {
      script = LOADER.parse("fuzz.yaml", text);
    } catch (ScriptLoadException refused) {
      assertThat(refused.problems()).isNotEmpty();
      int lines = (int) text.lines().count() + 2;
      for (ScriptProblem problem : refused.problems()) {
        assertThat(problem.line()).as("line of %s", problem).isBetween(1, lines);
        assertThat(problem.column()).as("column of %s", problem).isPositive();
        assertThat(problem.message()).as("message of %s", problem).isNotBlank().doesNotContain("Exception", "org.", "java.").hasSizeLessThan(600);
        assertThat(problem.message()).as("message of %s", problem).doesNotContain("\u001B");
      }
      return;
    }
    interview(script, new Random(text.hashCode()));
  }

  private static void interview(Script script, Random random) {
    Interview interview = Interview.start(script, TODAY, DirectoryCommuneResolver.bundled());
    for (int i = 0; i < 80 && !interview.atEnd(); i++) {
      interview.current().orElseThrow();
      if (random.nextInt(10) == 0) {
        interview.back();
      } else {
        interview.submit(TYPED.get(random.nextInt(TYPED.size())));
      }
    }
    interview.review();
    interview.computedValues();
    interview.progress();
  }

  /** Applies line edits chosen by the numbers: delete, duplicate, swap, re-indent, insert a hostile piece, cut short. */
  static String mutate(String base, List<Long> edits) {
    List<String> lines = new ArrayList<>(base.lines().toList());
    for (long edit : edits) {
      if (lines.isEmpty()) break;
      Random r = new Random(edit);
      int at = r.nextInt(lines.size());
      String line = lines.get(at);
      switch (r.nextInt(9)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> {
          int other = r.nextInt(lines.size());
          lines.set(at, lines.get(other));
          lines.set(other, line);
        }
        case 3 -> lines.set(at, " ".repeat(r.nextInt(9)) + line.strip());
        case 4 -> {
          int cut = r.nextInt(line.length() + 1);
          String piece = HostileText.NASTY.get(r.nextInt(HostileText.NASTY.size()));
          lines.set(at, line.substring(0, cut) + piece + line.substring(cut));
        }
        case 5 -> lines.set(at, line.substring(0, r.nextInt(line.length() + 1)));
        case 6 -> lines.set(at, line.replaceFirst(":\\s.*$", ": " + List.of("[]", "{}", "~", "-1", "1e999", "\"\"", "[a, b]", "{a: 1}",
            "&x", "*x", "!!binary AA", "0x1F", "yes", "1.5").get(r.nextInt(14))));
        case 7 -> lines.set(at, line.replaceFirst("^(\\s*-?\\s*)([a-z_]+)", "$1" + List.of("id", "type", "label", "value", "when",
            "items", "choices", "min", "inconnu", "<<").get(r.nextInt(10))));
        default -> lines.add(at, lines.get(r.nextInt(lines.size())).replaceAll("id: (\\w+)", "id: $1" + r.nextInt(3)));
      }
    }
    return String.join("\n", lines) + (edits.size() % 2 == 0 ? "\n" : "");
  }

  private static String shipped() {
    try (var in = ScriptLoaderTargets.class.getClassLoader().getResourceAsStream(ScriptLoader.BUNDLED + ScriptLoader.DEFAULT_SCRIPT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
