package fr.guichet.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.eligibility.Conclusion;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of one visit as kept with it: per benefit or aid, its name, status word and
 * monthly amount, so that the next visit can say what changed. Stored sealed (amounts follow
 * from the person's income).
 */
public record ResultsSnapshot(Map<String, Line> lines) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One result: {@code amount} is null when there is none. */
  public record Line(String name, String status, BigDecimal amount) {
    /** "probable 307,40 €", "non", "à vérifier". */
    public String said() {
      String word = switch (status) {
        case "incertain" -> "à vérifier";
        default -> status;
      };
      return amount == null ? word : word + " " + euros(amount);
    }
  }

  public ResultsSnapshot {
    lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
  }

  public static ResultsSnapshot of(List<Conclusion> conclusions) {
    Map<String, Line> lines = new LinkedHashMap<>();
    for (Conclusion c : conclusions) {
      lines.put(c.id(), new Line(c.name(), c.statusWord(), c.monthlyAmount().orElse(null)));
    }
    return new ResultsSnapshot(lines);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results cannot be written", e);
    }
  }

  /** Reads what {@link #toJson} wrote; an unreadable value counts as no results. */
  public static ResultsSnapshot fromJson(String json) {
    try {
      return new ResultsSnapshot(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Line>>() {}));
    } catch (JsonProcessingException e) {
      return new ResultsSnapshot(Map.of());
    }
  }

  static String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
  }
}
