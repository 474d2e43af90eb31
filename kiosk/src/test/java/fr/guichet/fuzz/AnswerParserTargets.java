package fr.guichet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.script.Answer;
import fr.guichet.script.AnswerType;
import fr.guichet.script.Choice;
import fr.guichet.script.CommuneType;
import fr.guichet.script.DateType;
import fr.guichet.script.MoneyType;
import fr.guichet.script.MultipleChoiceType;
import fr.guichet.script.ParseContext;
import fr.guichet.script.Parsed;
import fr.guichet.script.ShortTextType;
import fr.guichet.script.SingleChoiceType;
import fr.guichet.script.Text;
import fr.guichet.script.WholeNumberType;
import fr.guichet.script.YesNoType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The answer parsers: whatever is typed, a parser answers with a value, never an exception; a
 * refusal is a short French message with no raw control character; an accepted answer reads back
 * from its stored form, and typing again the text offered to edit it gives the same answer.
 */
final class AnswerParserTargets {
  private AnswerParserTargets() {}

  private static final ParseContext CONTEXT = new ParseContext(LocalDate.of(2026, 11, 25), DirectoryCommuneResolver.bundled());
  private static final String NUMBERS = "0123456789 ,.-+€eEurosUR\u00A0\u202F";
  private static final List<String> COMMUNES = List.of("Saint-Denis", "Paris", "Lyon 69", "93200", "Saint-Denis 974", "Les Abymes",
      "Ajaccio", "Marseille 13", "l'Haÿ-les-Roses", "Y", "Œuf", "Sainte-Marie", "75001", "97411", "Bastia 2B", "2A");
  private static final List<Choice> CHOICES = List.of(
      new Choice("locataire", Text.fr("Locataire"), false),
      new Choice("proprietaire", Text.fr("Propriétaire"), false),
      new Choice("heberge", Text.fr("Hébergé(e) gratuitement"), false),
      new Choice("sans_domicile", Text.fr("Sans domicile stable"), false),
      new Choice("aucun", Text.fr("Aucune de ces réponses"), true));

  static List<Fuzz.Target<?>> all() {
    return List.of(
        Fuzz.target("answer: money", r -> HostileText.typed(r, NUMBERS), typed -> {
          check(new MoneyType(null, new BigDecimal("100000")), typed);
          check(new MoneyType(new BigDecimal("-5000"), null), typed);
        }),
        Fuzz.target("answer: integer", r -> HostileText.typed(r, NUMBERS), typed -> {
          check(new WholeNumberType(BigDecimal.ZERO, new BigDecimal("20"), "enfants"), typed);
          check(new WholeNumberType(null, null, null), typed);
        }),
        Fuzz.target("answer: date", r -> HostileText.typed(r, "0123456789/-. "), typed -> {
          check(new DateType(true, false), typed);
          check(new DateType(false, true), typed);
        }),
        Fuzz.target("answer: commune", r -> switch (r.nextInt(4)) {
          case 0 -> HostileText.pick(r, COMMUNES);
          case 1 -> HostileText.pick(r, COMMUNES) + HostileText.pick(r, HostileText.NASTY);
          case 2 -> HostileText.near(r, "0123456789", 5);
          default -> HostileText.typed(r, "abcdefghijklmnopqrstuvwxyzéèêàçœ '-0123456789ABCDSTM");
        }, typed -> check(new CommuneType(), typed)),
        Fuzz.target("answer: choices", r -> HostileText.typed(r, "0123456789, ;locatirepxhbgdmnsuy_ÉéOUIo"), typed -> {
          check(new SingleChoiceType(CHOICES), typed);
          check(new MultipleChoiceType(CHOICES), typed);
          check(new YesNoType(), typed);
        }),
        Fuzz.target("answer: text", r -> HostileText.typed(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éèàç -'"),
            typed -> {
              check(new ShortTextType(200, null, null), typed);
              check(new ShortTextType(12, Pattern.compile("[0-9A-Z ]+"), Text.fr("Chiffres et majuscules.")), typed);
            }));
  }

  /** The three properties of every parser, on one input. */
  static void check(AnswerType type, String typed) {
    Parsed parsed = type.parse(typed, CONTEXT);
    if (parsed instanceof Parsed.Refused refused) {
      assertThat(refused.message()).as("refusal of %s", type.name()).isNotBlank().doesNotContain("null", "Exception").hasSizeLessThan(400);
      assertThat(HostileText.hasRawControl(refused.message())).as("raw control character in the refusal").isFalse();
      return;
    }
    Answer answer = ((Parsed.Accepted) parsed).answer();
    assertThat(type.restore(answer.stored(), CONTEXT)).as("stored form of %s reads back", type.name()).isEqualTo(answer);
    assertThat(HostileText.hasRawControl(type.display(answer))).as("raw control character shown").isFalse();
    String again = type.input(answer);
    assertThat(type.parse(again, CONTEXT)).as("%s: typing again «%s»", type.name(), again).isEqualTo(Parsed.ok(answer));
  }
}
