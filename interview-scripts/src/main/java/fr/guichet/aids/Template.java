package fr.guichet.aids;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.eligibility.Euros;
import fr.guichet.expr.CompiledExpression;
import fr.guichet.expr.ExpressionCompiler;
import fr.guichet.expr.Symbols;
import fr.guichet.expr.ValueType;
import fr.guichet.expr.Values;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French sentence of a data file with placeholders, checked at load and filled with the values
 * of one interview: {@code {nom}} shows a value, {@code {nom €}} shows it as an amount in euros.
 */
public final class Template {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([a-z][a-z0-9_.]*)\\s*(€)?\\s*}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ExpressionCompiler COMPILER = new ExpressionCompiler();

  private final List<String> texts;
  private final List<Slot> slots;

  private record Slot(CompiledExpression value, boolean euros) {}

  private Template(List<String> texts, List<Slot> slots) {
    this.texts = List.copyOf(texts);
    this.slots = List.copyOf(slots);
  }

  /** A template; each unknown name is reported to {@code problem} (in French) and shown as is. */
  public static Template compile(String text, Symbols symbols, Consumer<String> problem) {
    List<String> texts = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
    int start = 0;
    while (matcher.find()) {
      ExpressionCompiler.Result result = COMPILER.compile(matcher.group(1), symbols, ValueType.ANY);
      if (!result.ok()) {
        problem.accept("« {" + matcher.group(1) + "} » : " + result.problems().get(0).message());
        continue;
      }
      texts.add(text.substring(start, matcher.start()));
      slots.add(new Slot(result.expression(), matcher.group(2) != null));
      start = matcher.end();
    }
    texts.add(text == null ? "" : text.substring(start));
    return new Template(texts, slots);
  }

  /** The names the placeholders read. */
  public List<CompiledExpression> placeholders() {
    return slots.stream().map(Slot::value).toList();
  }

  /** The sentence with each placeholder replaced by its value ("?" while unknown). */
  public String render(Function<CompiledExpression, EvaluationValue> values) {
    if (slots.isEmpty()) return texts.get(0);
    StringBuilder out = new StringBuilder(texts.get(0));
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      out.append(format(values.apply(slot.value()), slot.euros())).append(texts.get(i + 1));
    }
    return out.toString();
  }

  static String format(EvaluationValue value, boolean euros) {
    if (value == null || value.isNullValue() || Values.isAbsent(value)) return "?";
    if (value.isNumberValue()) return euros ? Euros.format(value.getNumberValue()) : plain(value.getNumberValue());
    if (value.isBooleanValue()) return value.getBooleanValue() ? "oui" : "non";
    if (value.isDateTimeValue()) return DAY.format(Values.toDate(value));
    return value.getStringValue();
  }

  /** A number the French way, without trailing zeros: 2,5 — 12. */
  static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() < 0) stripped = stripped.setScale(0);
    return stripped.toPlainString().replace('.', ',');
  }
}
