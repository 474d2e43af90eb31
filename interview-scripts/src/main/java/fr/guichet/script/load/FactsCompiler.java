package fr.guichet.script.load;

import fr.guichet.script.Choice;
import fr.guichet.script.Computed;
import fr.guichet.script.Question;
import fr.guichet.script.Section;
import fr.guichet.script.SingleChoiceType;
import fr.guichet.script.facts.FactKind;
import fr.guichet.script.facts.FactMapping;
import fr.guichet.script.facts.FactScope;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.ScriptFacts;
import fr.guichet.script.facts.SituationFact;
import fr.guichet.script.load.ScriptFile.FactFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code facts} a script declares against the vocabulary: the fact exists, its source is a question or a
 * computed value of the right scope and type, each choice stands for a vocabulary value, and no fact is filled twice.
 */
final class FactsCompiler {

  private final Problems problems;

  FactsCompiler(Problems problems) {
    this.problems = problems;
  }

  ScriptFacts compile(List<FactFile> files, List<Section> sections, List<Computed> computed) {
    if (files == null) return ScriptFacts.NONE;
    Map<String, Question> questions = new HashMap<>();
    for (Section section : sections) section.questions().forEach(q -> questions.put(q.id(), q));
    Map<String, Computed> values = new HashMap<>();
    computed.forEach(c -> values.put(c.id(), c));
    Map<String, String> filledBy = new LinkedHashMap<>();
    List<FactMapping> mappings = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      FactMapping mapping = mapping(files.get(i), "/facts/" + i, questions, values);
      if (mapping == null) continue;
      String earlier = filledBy.putIfAbsent(mapping.fact().id(), mapping.source());
      if (earlier != null) {
        problems.at("/facts/" + i, "le fait « " + mapping.fact().id() + " » est déjà rempli par « " + earlier
            + " » plus haut : un fait ne vient que d'une seule réponse");
        continue;
      }
      mappings.add(mapping);
    }
    checkResourcePeriods(files, mappings);
    return problems.any() ? ScriptFacts.NONE : new ScriptFacts(mappings);
  }

  private FactMapping mapping(FactFile file, String pointer, Map<String, Question> questions, Map<String, Computed> values) {
    if (file.fact() == null) {
      problems.at(pointer, "fait manquant (fact) : un identifiant du vocabulaire, voir scripts/FAITS.md");
      return null;
    }
    SituationFact fact = FactVocabulary.byId(file.fact()).orElse(null);
    if (fact == null) {
      List<String> ids = FactVocabulary.all().stream().map(SituationFact::id).toList();
      String closest = Suggestions.closest(file.fact(), ids);
      problems.at(pointer + "/fact", "fait inconnu « " + file.fact() + " »"
          + (closest == null ? "" : " (vouliez-vous dire « " + closest + " » ?)") + " : la liste est dans scripts/FAITS.md");
      return null;
    }
    if (file.from() == null) {
      problems.at(pointer, "le fait « " + fact.id() + " » doit dire de quelle question il vient (from)");
      return null;
    }
    Question question = questions.get(file.from());
    Computed value = values.get(file.from());
    if (question == null && value == null) {
      problems.at(pointer + "/from", "« " + file.from() + " » n'est ni une question ni une valeur calculée du script");
      return null;
    }
    boolean perMember = question != null ? question.perMember() : value.perMember();
    if (perMember != (fact.scope() == FactScope.MEMBER)) {
      problems.at(pointer + "/from", fact.scope() == FactScope.MEMBER
          ? "le fait « " + fact.id() + " » concerne chaque personne : « " + file.from() + " » doit être posée pour chaque membre du foyer"
          : "le fait « " + fact.id() + " » concerne tout le foyer : « " + file.from() + " » ne doit pas être posée pour chaque membre");
      return null;
    }
    boolean typeFits = question != null ? fact.kind().acceptsQuestion(question.type().name())
        : fact.kind().acceptsComputed(value.expression().type().name());
    if (!typeFits) {
      String actual = question != null ? "une question de type " + question.type().name()
          : "une valeur calculée de type " + value.expression().type().frenchName();
      problems.at(pointer + "/from", "le fait « " + fact.id() + " » attend " + fact.kind().frenchName() + ", mais « "
          + file.from() + " » est " + actual);
      return null;
    }
    Map<String, String> choiceValues = file.values() == null ? Map.of() : file.values();
    if (fact.kind() == FactKind.CHOICE) {
      if (!choicesFit(fact, (SingleChoiceType) question.type(), choiceValues, pointer, file.from())) return null;
    } else if (!choiceValues.isEmpty()) {
      problems.at(pointer + "/values", "values ne sert qu'aux faits à choix ; « " + fact.id() + " » est " + fact.kind().frenchName());
      return null;
    }
    return new FactMapping(fact, file.from(), question == null, choiceValues);
  }

  private boolean choicesFit(SituationFact fact, SingleChoiceType type, Map<String, String> values, String pointer, String from) {
    boolean fits = true;
    List<String> choices = type.choices().stream().map(Choice::value).toList();
    for (String key : values.keySet()) {
      if (!choices.contains(key)) {
        problems.at(pointer + "/values", "« " + key + " » n'est pas une réponse de la question « " + from + " »");
        fits = false;
      }
    }
    for (String choice : choices) {
      String meant = values.getOrDefault(choice, choice);
      if (!fact.values().contains(meant)) {
        problems.at(values.containsKey(choice) ? pointer + "/values/" + choice : pointer + "/from",
            "la réponse « " + choice + " » de « " + from + " » doit correspondre à une valeur du fait « " + fact.id() + " » ("
                + String.join(", ", fact.values()) + ") : ajoutez-la sous values");
        fits = false;
      }
    }
    return fits;
  }

  /** A kind of resource comes either month by month (m1, m2, m3, 12m) or as one steady monthly amount, not both. */
  private void checkResourcePeriods(List<FactFile> files, List<FactMapping> mappings) {
    for (FactVocabulary.ResourceKindFact kind : FactVocabulary.ResourceKindFact.values()) {
      boolean steady = false;
      boolean monthly = false;
      for (FactMapping mapping : mappings) {
        if (mapping.fact() == FactVocabulary.resource(kind, FactVocabulary.ResourcePeriod.MENSUEL)) steady = true;
        if (mapping.fact() == FactVocabulary.resource(kind, FactVocabulary.ResourcePeriod.M1)) monthly = true;
      }
      if (steady && monthly) {
        int at = indexOf(files, FactVocabulary.resource(kind, FactVocabulary.ResourcePeriod.MENSUEL).id());
        problems.at("/facts/" + at, "les ressources « " + kind.id + " » sont déjà données mois par mois (m1…) : "
            + "choisissez soit m1, m2, m3 et 12m, soit mensuel");
      }
    }
  }

  private static int indexOf(List<FactFile> files, String factId) {
    for (int i = 0; i < files.size(); i++) if (factId.equals(files.get(i).fact())) return i;
    return 0;
  }
}
