package fr.guichet.script;

import fr.guichet.expr.ValueType;
import java.util.List;

/**
 * A commune typed as a name or a postal code, kept as its official INSEE code. When several
 * communes match, the person is asked to add the postal code or the département.
 */
public record CommuneType() implements AnswerType {

  private static final int SHOWN_CANDIDATES = 5;

  public QuestionKind kind() {
    return QuestionKind.COMMUNE;
  }

  public String name() {
    return "commune";
  }

  public ValueType valueType() {
    return ValueType.TEXT;
  }

  public Parsed parse(String raw, ParseContext context) {
    String text = TextInput.clean(raw);
    if (text.isEmpty()) return Parsed.refuse("Écrivez le nom de la commune ou son code postal.");
    List<CommuneResolver.Found> found = context.communes().resolve(text);
    if (found.isEmpty()) return Parsed.refuse("Aucune commune ne correspond à « " + TextInput.quoted(text) + " ». Vérifiez l'orthographe ou écrivez le code postal.");
    if (found.size() == 1) return Parsed.ok(new Answer.Place(found.get(0).inseeCode(), found.get(0).name()));
    StringBuilder names = new StringBuilder();
    for (CommuneResolver.Found commune : found.subList(0, Math.min(SHOWN_CANDIDATES, found.size()))) {
      if (names.length() > 0) names.append(", ");
      names.append(commune.name()).append(" (").append(commune.departement()).append(")");
    }
    return Parsed.refuse("Plusieurs communes correspondent : " + names + (found.size() > SHOWN_CANDIDATES ? "…" : "")
        + ". Ajoutez le code postal ou le département, par exemple « " + found.get(0).name() + " " + found.get(0).departement() + " ».");
  }

  public Answer restore(String stored, ParseContext context) {
    int bar = stored.indexOf('|');
    if (bar < 0) throw new IllegalArgumentException("not a commune");
    return new Answer.Place(stored.substring(0, bar), stored.substring(bar + 1));
  }

  /** "Saint-Denis 93": the name alone may be ambiguous, the département settles it. */
  @Override
  public String input(Answer answer) {
    if (!(answer instanceof Answer.Place place)) return "";
    String code = place.inseeCode();
    return place.name() + " " + (code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
  }

  public String display(Answer answer) {
    return answer instanceof Answer.Place place ? place.name() : "";
  }
}
