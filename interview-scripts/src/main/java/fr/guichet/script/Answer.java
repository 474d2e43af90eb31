package fr.guichet.script;

import com.ezylang.evalex.data.EvaluationValue;
import fr.guichet.expr.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An accepted answer, as a value. {@link DontKnow} is an answer too: the person said they do not
 * know, which expressions read as unknown. {@link #stored()} is the canonical text kept on disk.
 */
public sealed interface Answer {

  /** The value expressions read. */
  EvaluationValue value();

  /** Canonical text for storage; {@link AnswerType#restore} reads it back. */
  String stored();

  String DONT_KNOW_STORED = "?";

  record DontKnow() implements Answer {
    public EvaluationValue value() {
      return Values.UNKNOWN;
    }

    public String stored() {
      return DONT_KNOW_STORED;
    }
  }

  record Flag(boolean yes) implements Answer {
    public EvaluationValue value() {
      return Values.of(yes);
    }

    public String stored() {
      return yes ? "oui" : "non";
    }
  }

  record Pick(String choice) implements Answer {
    public Pick {
      Objects.requireNonNull(choice);
    }

    public EvaluationValue value() {
      return Values.of(choice);
    }

    public String stored() {
      return choice;
    }
  }

  record Picks(List<String> choices) implements Answer {
    public Picks {
      choices = List.copyOf(choices);
    }

    public EvaluationValue value() {
      List<EvaluationValue> values = new ArrayList<>(choices.size());
      for (String choice : choices) values.add(Values.of(choice));
      return Values.ofList(values);
    }

    public String stored() {
      return String.join(",", choices);
    }
  }

  /** A whole number or an amount in euros. */
  record Amount(BigDecimal number) implements Answer {
    public Amount {
      Objects.requireNonNull(number);
    }

    public EvaluationValue value() {
      return Values.of(number);
    }

    public String stored() {
      return number.toPlainString();
    }
  }

  record Day(LocalDate date) implements Answer {
    public Day {
      Objects.requireNonNull(date);
    }

    public EvaluationValue value() {
      return Values.of(date);
    }

    public String stored() {
      return date.toString();
    }
  }

  record Words(String text) implements Answer {
    public Words {
      Objects.requireNonNull(text);
    }

    public EvaluationValue value() {
      return Values.of(text);
    }

    public String stored() {
      return text;
    }
  }

  /** A commune: its official INSEE code (what expressions read) and its name. */
  record Place(String inseeCode, String name) implements Answer {
    public Place {
      Objects.requireNonNull(inseeCode);
      Objects.requireNonNull(name);
    }

    public EvaluationValue value() {
      return Values.of(inseeCode);
    }

    public String stored() {
      return inseeCode + "|" + name;
    }
  }

  /** An information screen that was read. */
  record Seen() implements Answer {
    public EvaluationValue value() {
      return Values.of(true);
    }

    public String stored() {
      return "vu";
    }
  }
}
