package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypesTest {

  private static final CommuneResolver COMMUNES = fr.guichet.commune.DirectoryCommuneResolver.bundled();
  private static final ParseContext CONTEXT = new ParseContext(LocalDate.of(2026, 11, 25), COMMUNES);
  private static final List<Choice> CHOICES = List.of(
      new Choice("locataire", Text.fr("Locataire"), false), new Choice("proprietaire", Text.fr("Propriétaire"), false),
      new Choice("aucun", Text.fr("Aucun"), true));

  private static String parse(AnswerType type, String raw) {
    Parsed parsed = type.parse(raw, CONTEXT);
    if (parsed instanceof Parsed.Refused refused) return "refusé: " + refused.message();
    Answer answer = ((Parsed.Accepted) parsed).answer();
    Answer restored = type.restore(answer.stored(), CONTEXT);
    assertThat(restored).as("stored form reads back").isEqualTo(answer);
    return answer.stored();
  }

  @ParameterizedTest(name = "money «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {
    "1 234,50|1234.50", "1234.5|1234.50", "1 234 €|1234.00", "1.234,50|1234.50", "0|0.00", "12 euros|12.00",
    "1 234,567|refusé: Écrivez le montant avec au plus deux chiffres après la virgule.",
    "-5|refusé: Le montant ne peut pas être négatif.",
    "beaucoup|refusé: Écrivez un montant en euros, en chiffres (par exemple 1 234,50).",
    "6000|refusé: Le montant doit être au plus 5 000 €."})
  void money_whenTypedAsPeopleDo_isReadOrRefused(String raw, String expected) {
    // Amounts are written with a no-break space between thousands, so that they never split on screen or paper.
    assertThat(parse(new MoneyType(null, new BigDecimal("5000")), raw).replace('\u00A0', ' ')).isEqualTo(expected);
  }

  @ParameterizedTest(name = "date «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {
    "05/03/1980|1980-03-05", "5/3/1980|1980-03-05", "05-03-1980|1980-03-05", "05.03.1980|1980-03-05", "1980-03-05|1980-03-05",
    "31/02/2020|refusé: Cette date n'existe pas. Vérifiez le jour et le mois (JJ/MM/AAAA).",
    "01/01/1850|refusé: L'année doit être 1900 ou après.",
    "01/01/2030|refusé: Cette date est dans le futur : elle doit être passée.",
    "hier|refusé: Écrivez la date sous la forme JJ/MM/AAAA (par exemple 05/03/1980)."})
  void date_whenTyped_isReadOrRefused(String raw, String expected) {
    assertThat(parse(new DateType(true, false), raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "yes/no «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"oui|oui", "OUI|oui", "o|oui", "1|oui", "non|non", "n|non", "2|non", "peut-être|refusé: Répondez par oui ou par non."})
  void yesNo_whenTyped_isReadOrRefused(String raw, String expected) {
    assertThat(parse(new YesNoType(), raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "choice «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"1|locataire", "Propriétaire|proprietaire", "proprietaire|proprietaire", "PROPRIETAIRE|proprietaire",
    "4|refusé: Choisissez une des réponses proposées (un numéro de 1 à 3)."})
  void singleChoice_whenTypedByNumberValueOrLabel_isRead(String raw, String expected) {
    assertThat(parse(new SingleChoiceType(CHOICES), raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "choices «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"1, 2|locataire,proprietaire", "2 1|locataire,proprietaire", "2;1;2|locataire,proprietaire", "3|aucun",
    "1, 3|refusé: « Aucun » ne peut pas être choisi avec d'autres réponses.", "1, 9|refusé: « 9 » n'est pas une des réponses proposées (un numéro de 1 à 3)."})
  void multipleChoice_whenSeveralTyped_isReadInScriptOrder(String raw, String expected) {
    assertThat(parse(new MultipleChoiceType(CHOICES), raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "integer «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"3|3", " 7 |7", "2,5|refusé: Écrivez un nombre entier, sans virgule.", "-1|refusé: Le nombre doit être au moins 0.",
    "trois|refusé: Écrivez un nombre entier, en chiffres (par exemple 2)."})
  void wholeNumber_whenTyped_isReadOrRefused(String raw, String expected) {
    assertThat(parse(new WholeNumberType(BigDecimal.ZERO, BigDecimal.TEN, null), raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "text «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"AB123|AB123", "  AB  123 |AB 123", "ab|refusé: Deux lettres puis trois chiffres.", "ABCDEFGHIJKL|refusé: La réponse est trop longue : 10 caractères au plus (ici 12)."})
  void shortText_whenTyped_isBoundedAndMatched(String raw, String expected) {
    ShortTextType type = new ShortTextType(10, Pattern.compile("[A-Z]{2} ?\\d{3}"), Text.fr("Deux lettres puis trois chiffres."));
    assertThat(parse(type, raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "commune «{0}» -> {1}")
  @CsvSource(delimiter = '|', value = {"Besançon|25056|Besançon", "besancon|25056|Besançon", "25000|25056|Besançon", "Saint-Denis 93|93066|Saint-Denis"})
  void commune_whenTypedAsNameOrPostalCode_isTheInseeCode(String raw, String code, String name) {
    assertThat(parse(new CommuneType(), raw)).isEqualTo(code + "|" + name);
  }

  @ParameterizedTest(name = "commune «{0}» refused")
  @CsvSource(delimiter = '|', value = {"Saint-Denis|Plusieurs communes correspondent", "Trifouillis-les-Oies|Aucune commune ne correspond"})
  void commune_whenAmbiguousOrUnknown_asksForMore(String raw, String message) {
    assertThat(parse(new CommuneType(), raw)).startsWith("refusé: " + message);
  }

  @org.junit.jupiter.api.Test
  void text_whenEscapeSequencesTyped_keepsOnlyPrintableCharacters() {
    assertThat(parse(new ShortTextType(100, null, null), "Mme\u001B[2J Durand\u0007\u001B]0;titre\u0007 ok")).isEqualTo("Mme Durand ok");
  }

  // Regressions found by the fuzz targets (fr.guichet.fuzz.AnswerParsersFuzzTest).

  @org.junit.jupiter.api.Test
  void text_whenEightBitControlsTyped_keepsNoneOfThem() {
    // U+009B is CSI and U+009D OSC for terminals that read C1 controls; \p{Cntrl} let them through.
    assertThat(parse(new ShortTextType(100, null, null), "Mme\u009B31m Durand\u009D0;titre\u009C\u0085 ok\u2028")).isEqualTo("Mme Durand ok");
  }

  @org.junit.jupiter.api.Test
  void text_whenHalfOfASurrogatePairTyped_dropsIt_butKeepsEmoji() {
    assertThat(parse(new ShortTextType(100, null, null), "a\uD83D b \uD83D\uDE00")).isEqualTo("a b \uD83D\uDE00");
  }

  @org.junit.jupiter.api.Test
  void commune_whenAPageIsPasted_theRefusalQuotesOnlyItsStart() {
    String refusal = parse(new CommuneType(), "a".repeat(100_000));
    assertThat(refusal).startsWith("refusé: Aucune commune ne correspond à « " + "a".repeat(40) + "… »").hasSizeLessThan(200);
  }

  @org.junit.jupiter.api.Test
  void multipleChoice_whenAPageIsPasted_theRefusalQuotesOnlyItsStart() {
    assertThat(parse(new MultipleChoiceType(CHOICES), "0".repeat(5_000))).hasSizeLessThan(200).contains("0".repeat(40) + "…");
  }

  @org.junit.jupiter.api.Test
  void wholeNumber_withUnit_theEditTextTypesBackToTheSameAnswer() {
    WholeNumberType type = new WholeNumberType(BigDecimal.ZERO, BigDecimal.TEN, "enfants");
    Answer three = ((Parsed.Accepted) type.parse("3", CONTEXT)).answer();
    assertThat(type.display(three)).isEqualTo("3 enfants");
    assertThat(type.parse(type.input(three), CONTEXT)).isEqualTo(Parsed.ok(three));
  }

  @org.junit.jupiter.api.Test
  void money_whenAPageOfDigitsIsPasted_isRefusedAtOnce() {
    // The fuzz targets found 100 kB of digits took a tenth of a second each to read and format.
    long start = System.nanoTime();
    assertThat(parse(new MoneyType(null, null), "9".repeat(100_000))).startsWith("refusé: Écrivez un montant en euros");
    assertThat(System.nanoTime() - start).isLessThan(50_000_000L);
  }

  @org.junit.jupiter.api.Test
  void round_whenDecimalsAreAbsurd_isRefusedAtLoad() {
    String script = """
        id: essai
        version: "1"
        title: Essai
        computed:
          - id: arrondi
            value: "round(loyer, 99999999)"
        sections:
          - id: s1
            title: Première
            items:
              - id: loyer
                type: money
                label: Loyer
        """;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new fr.guichet.script.load.ScriptLoader().parse("bad.yaml", script))
        .hasMessageContaining("de 0 à 10 décimales");
  }
}
