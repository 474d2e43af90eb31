package fr.guichet.script;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading numbers as people type them ("1 234,50", "1234.5", "1 234 €", "1.234,50") and writing
 * amounts the French way ("1 234,50 €").
 */
public final class FrenchNumbers {

  private static final Pattern EURO = Pattern.compile("(?i)\\s*(€|eur|euros?)\\s*$");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([ .]\\d{3})+([,.]\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+([,.]\\d+)?");

  /** Longest text read as a number: "-1 234 567 890 123,45 euros" fits many times. */
  private static final int MAX_TYPED = 64;

  private FrenchNumbers() {}

  /** The number typed, or empty when it is not one. */
  public static Optional<BigDecimal> parse(String typed) {
    // No amount or count needs more; a pasted page of digits would cost seconds to read and to show.
    if (typed != null && typed.length() > MAX_TYPED) return Optional.empty();
    String text = TextInput.clean(typed).replace('\u00A0', ' ').replace('\u202F', ' ');
    text = EURO.matcher(text).replaceAll("").trim();
    if (GROUPED.matcher(text).matches() && !isDecimalLike(text)) {
      String decimals = "";
      int comma = text.lastIndexOf(',');
      if (comma >= 0) {
        decimals = "." + text.substring(comma + 1);
        text = text.substring(0, comma);
      }
      return Optional.of(new BigDecimal(text.replace(" ", "").replace(".", "") + decimals));
    }
    text = text.replace(" ", "");
    if (!PLAIN.matcher(text).matches()) return Optional.empty();
    return Optional.of(new BigDecimal(text.replace(',', '.')));
  }

  /** "1.5" or "12.345" with a single dot is a decimal number, not a thousands group. */
  private static boolean isDecimalLike(String text) {
    return !text.contains(" ") && text.indexOf('.') == text.lastIndexOf('.') && !text.contains(",");
  }

  /** "1 234,50 €", or "1 234 €" for whole euros. */
  public static String euros(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = rounded.stripTrailingZeros().scale() <= 0;
    return (whole ? WHOLE_EUROS : CENTS).get().format(rounded) + " €";
  }

  /** A number written the French way, with as many decimals as it has. */
  public static String number(BigDecimal number) {
    return ANY_NUMBER.get().format(number);
  }

  // DecimalFormat is not thread-safe and costly to build: one of each per thread.
  private static final ThreadLocal<DecimalFormat> WHOLE_EUROS = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", symbols()));
  private static final ThreadLocal<DecimalFormat> CENTS = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00", symbols()));
  private static final ThreadLocal<DecimalFormat> ANY_NUMBER = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.##########", symbols()));

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u00A0');
    symbols.setDecimalSeparator(',');
    return symbols;
  }
}
