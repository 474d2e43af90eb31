package fr.guichet.eligibility.openfisca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** OpenFisca periods: "YYYY-MM", "YYYY" or "ETERNITY", and how a year key spreads over months. */
final class PeriodValues {
  private PeriodValues() {}

  static void checkPeriod(String variable, String period) {
    if (variable.equals("date_naissance") && !period.equals("ETERNITY")) {
      throw new OpenFiscaInputException("date_naissance se donne pour la période ETERNITY, pas « " + period + " »");
    }
    if (period.equals("ETERNITY")) {
      if (!variable.equals("date_naissance")) {
        throw new OpenFiscaInputException("période ETERNITY non prise en charge pour " + variable);
      }
      return;
    }
    try {
      if (period.length() == 7) {
        YearMonth.parse(period);
        if (VariableCatalog.YEARLY.contains(variable)) {
          throw new OpenFiscaInputException("période mensuelle " + period + " refusée pour la variable annuelle " + variable);
        }
      } else if (period.length() == 4) {
        Year.parse(period);
      } else {
        throw new OpenFiscaInputException("période « " + period + " » illisible pour " + variable + " (AAAA-MM, AAAA ou ETERNITY)");
      }
    } catch (DateTimeParseException e) {
      throw new OpenFiscaInputException("période « " + period + " » illisible pour " + variable + " (AAAA-MM, AAAA ou ETERNITY)");
    }
  }

  /** Non-null values of a monthly variable by month; a year key fills every month (divided by 12 for amounts). */
  static Map<YearMonth, JsonNode> monthly(ObjectNode node, String variable) {
    Map<YearMonth, JsonNode> values = new HashMap<>();
    JsonNode periods = node.get(variable);
    if (periods == null) {
      return values;
    }
    periods.properties().forEach(e -> {
      if (e.getValue().isNull() || e.getKey().length() != 4) {
        return;
      }
      JsonNode value = VariableCatalog.DIVIDED.contains(variable)
          ? node.numberNode(new BigDecimal(e.getValue().asText()).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64))
          : e.getValue();
      for (int m = 1; m <= 12; m++) {
        values.put(Year.parse(e.getKey()).atMonth(m), value);
      }
    });
    periods.properties().forEach(e -> {
      if (!e.getValue().isNull() && e.getKey().length() == 7) {
        values.put(YearMonth.parse(e.getKey()), e.getValue());
      }
    });
    return values;
  }

  /** Non-null values of a yearly variable by year. */
  static Map<Year, JsonNode> yearly(ObjectNode node, String variable) {
    Map<Year, JsonNode> values = new HashMap<>();
    JsonNode periods = node.get(variable);
    if (periods != null) {
      periods.properties().forEach(e -> {
        if (!e.getValue().isNull() && e.getKey().length() == 4) {
          values.put(Year.parse(e.getKey()), e.getValue());
        }
      });
    }
    return values;
  }
}
