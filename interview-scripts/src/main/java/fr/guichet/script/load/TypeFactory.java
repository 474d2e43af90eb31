package fr.guichet.script.load;

import fr.guichet.script.AnswerType;
import fr.guichet.script.Choice;
import fr.guichet.script.CommuneType;
import fr.guichet.script.DateType;
import fr.guichet.script.InformationType;
import fr.guichet.script.MoneyType;
import fr.guichet.script.MultipleChoiceType;
import fr.guichet.script.ShortTextType;
import fr.guichet.script.SingleChoiceType;
import fr.guichet.script.Text;
import fr.guichet.script.WholeNumberType;
import fr.guichet.script.YesNoType;
import fr.guichet.script.load.ScriptFile.ChoiceFile;
import fr.guichet.script.load.ScriptFile.ItemFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds the answer type of a question from its file entry, and says which keys do not belong. */
final class TypeFactory {

  static final List<String> TYPES =
      List.of("yes_no", "single_choice", "multiple_choice", "integer", "money", "date", "text", "commune", "info");
  private static final int DEFAULT_TEXT_LENGTH = 200;

  private final Problems problems;
  private final TextReader texts;

  TypeFactory(Problems problems, TextReader texts) {
    this.problems = problems;
    this.texts = texts;
  }

  /** The type, or null when the file's type is missing or unknown (a problem is recorded). */
  AnswerType build(ItemFile item, String pointer) {
    if (item.type() == null) {
      problems.at(pointer, "question « " + item.id() + " » sans type (types : " + String.join(", ", TYPES) + ")");
      return null;
    }
    boolean choice = item.type().equals("single_choice") || item.type().equals("multiple_choice");
    boolean numeric = item.type().equals("integer") || item.type().equals("money");
    misplaced(item.choices() != null && !choice, pointer + "/choices", "choices", item.type());
    misplaced((item.min() != null || item.max() != null) && !numeric, pointer + (item.min() != null ? "/min" : "/max"), "min/max", item.type());
    misplaced(item.pattern() != null && !item.type().equals("text"), pointer + "/pattern", "pattern", item.type());
    misplaced(item.maxLength() != null && !item.type().equals("text"), pointer + "/max_length", "max_length", item.type());
    misplaced((item.pastOnly() != null || item.futureOnly() != null) && !item.type().equals("date"), pointer, "past_only/future_only", item.type());
    if (numeric && item.min() != null && item.max() != null && item.min().compareTo(item.max()) > 0) {
      problems.at(pointer + "/min", "min (" + item.min() + ") est plus grand que max (" + item.max() + ")");
    }
    return switch (item.type()) {
      case "yes_no" -> new YesNoType();
      case "single_choice" -> new SingleChoiceType(choices(item, pointer));
      case "multiple_choice" -> new MultipleChoiceType(choices(item, pointer));
      case "integer" -> new WholeNumberType(item.min(), item.max(), item.unit());
      case "money" -> new MoneyType(item.min(), item.max());
      case "date" -> new DateType(Boolean.TRUE.equals(item.pastOnly()), Boolean.TRUE.equals(item.futureOnly()));
      case "text" -> text(item, pointer);
      case "commune" -> new CommuneType();
      case "info" -> new InformationType();
      default -> {
        String suggestion = Suggestions.closest(item.type(), TYPES);
        problems.at(pointer + "/type", "type inconnu « " + item.type() + " »"
            + (suggestion == null ? " (types : " + String.join(", ", TYPES) + ")" : " — vouliez-vous dire « " + suggestion + " » ?"));
        yield null;
      }
    };
  }

  private void misplaced(boolean wrong, String pointer, String key, String type) {
    if (wrong) problems.at(pointer, "« " + key + " » ne s'applique pas à une question de type " + type);
  }

  private List<Choice> choices(ItemFile item, String pointer) {
    List<Choice> choices = new ArrayList<>();
    if (item.choices() == null || item.choices().isEmpty()) {
      problems.at(pointer, "la question « " + item.id() + " » n'a aucun choix (choices est vide ou absent)");
      return choices;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < item.choices().size(); i++) {
      ChoiceFile file = item.choices().get(i);
      String at = pointer + "/choices/" + i;
      if (file.value() == null || !file.value().matches("[a-z0-9_]+")) {
        problems.at(at, "chaque choix a une valeur (value) en minuscules, chiffres et _");
        continue;
      }
      if (!seen.add(file.value())) problems.at(at + "/value", "choix « " + file.value() + " » en double");
      Text label = texts.read(file.label(), at + "/label", true);
      if (label != null) choices.add(new Choice(file.value(), label, Boolean.TRUE.equals(file.exclusive())));
    }
    return choices;
  }

  private AnswerType text(ItemFile item, String pointer) {
    Pattern pattern = null;
    if (item.pattern() != null) {
      try {
        pattern = Pattern.compile(item.pattern());
      } catch (PatternSyntaxException e) {
        problems.at(pointer + "/pattern", "motif (pattern) invalide : " + e.getDescription());
      }
    }
    int maxLength = item.maxLength() == null ? DEFAULT_TEXT_LENGTH : item.maxLength();
    if (maxLength < 1 || maxLength > 2000) problems.at(pointer + "/max_length", "max_length doit être entre 1 et 2000");
    return new ShortTextType(maxLength, pattern, texts.read(item.patternMessage(), pointer + "/pattern_message", false));
  }
}
