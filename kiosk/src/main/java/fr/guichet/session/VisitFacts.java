package fr.guichet.session;

import fr.guichet.commune.CommuneDirectory;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.eligibility.interview.InterviewSituation;
import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.engine.Interview;
import fr.guichet.script.Answer;
import fr.guichet.script.facts.FactVocabulary;
import fr.guichet.script.facts.ScriptFacts;
import fr.guichet.store.stats.VisitFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Turns a visit as it ends into its anonymous statistics fact: bands and categories read from the
 * situation facts (never the answers' values themselves, except the reasons for the visit, which
 * are a choice list), and per benefit the result, whether the person said they already receive it,
 * and the estimated amount rounded to 10 euros.
 */
final class VisitFacts {
  /** The question whose choices are the reasons for the visit, when the script asks it. */
  static final String REASONS_QUESTION = "motif";
  static final String UNKNOWN = "inconnu";

  private VisitFacts() {}

  static VisitFact of(Interview interview, List<Conclusion> conclusions, String orientation,
      Who who, int visitNumber, String site, String outcome) {
    LocalDate today = interview.today();
    Situation situation = InterviewSituation.of(interview);
    String insee = situation.housing().communeInsee();
    String epci = insee.isEmpty() ? UNKNOWN : CommuneDirectory.get().byInseeCode(insee)
        .filter(c -> c.hasEpci()).map(c -> c.epciSiren()).orElse("aucun");
    List<VisitFact.Result> results = new ArrayList<>();
    for (Conclusion c : conclusions) {
      if (!c.id().matches("[A-Za-z0-9_.:-]{1,64}")) {
        continue;
      }
      Integer amount = c.status() == EligibilityStatus.LIKELY_ELIGIBLE
          ? c.monthlyAmount().map(VisitFacts::roundedToTen).orElse(null) : null;
      results.add(new VisitFact.Result(c.id(), c.statusWord(), received(c.id(), interview,
          situation), amount));
    }
    return new VisitFact(YearMonth.from(today),
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), site,
        channel(who.channel()), visitNumber <= 1 ? "premiere" : "suivi",
        ageBand(situation.demandeur().ageAt(YearMonth.from(today))), household(situation),
        insee.isEmpty() ? "inconnue" : insee, epci, housing(situation.housing().status()),
        reasons(interview), results,
        orientation == null || orientation.isBlank() ? "aucune" : orientation,
        outcome == null ? VisitFact.OPEN : outcome);
  }

  /** Estimated amounts are kept to the nearest 10 euros: enough for totals, no exact figure. */
  static int roundedToTen(BigDecimal amount) {
    return amount.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).intValueExact() * 10;
  }

  static String channel(Channel channel) {
    return switch (channel) {
      case DESK -> "guichet";
      case KIOSK -> "borne";
      case COMMAND -> "commande";
    };
  }

  static String ageBand(OptionalInt age) {
    if (age.isEmpty()) {
      return UNKNOWN;
    }
    int a = age.getAsInt();
    if (a < 25) {
      return "moins_25";
    }
    if (a < 40) {
      return "25_39";
    }
    if (a < 55) {
      return "40_54";
    }
    if (a < 65) {
      return "55_64";
    }
    return a < 75 ? "65_74" : "75_plus";
  }

  static String household(Situation s) {
    boolean children = !s.children().isEmpty();
    if (s.isCouple()) {
      return children ? "couple_enfants" : "couple";
    }
    return children ? "parent_seul" : "seul";
  }

  static String housing(Fact<HousingStatus> status) {
    if (!status.isKnown()) {
      return UNKNOWN;
    }
    return switch (status.value()) {
      case TENANT_UNFURNISHED -> "locataire_vide";
      case TENANT_FURNISHED -> "locataire_meuble";
      case TENANT_SOCIAL -> "locataire_hlm";
      case TENANT_HOSTEL -> "locataire_foyer";
      case OWNER -> "proprietaire";
      case FIRST_TIME_BUYER -> "primo_accedant";
      case LODGED_FREE -> "loge_gratuitement";
      case HOMELESS -> "sans_domicile";
      case NOT_STATED -> UNKNOWN;
    };
  }

  static List<String> reasons(Interview interview) {
    Answer answer = interview.answers().get(REASONS_QUESTION);
    if (answer instanceof Answer.Picks picks) {
      return picks.choices().stream().filter(v -> v.matches("[A-Za-z0-9_.:-]{1,64}")).toList();
    }
    if (answer instanceof Answer.Pick pick && pick.choice().matches("[A-Za-z0-9_.:-]{1,64}")) {
      return List.of(pick.choice());
    }
    return List.of();
  }

  /**
   * Whether the person said the household already receives the benefit: oui / non when the
   * script asks (through the facts it maps), inconnu otherwise.
   */
  static String received(String benefit, Interview interview, Situation situation) {
    ScriptFacts facts = interview.script().facts();
    return switch (benefit.toLowerCase(Locale.ROOT)) {
      case "rsa" -> facts.provides(FactVocabulary.PRESTATION_RSA)
          ? yesNo(situation.householdBenefits().hasAny(ResourceKind.RSA)) : UNKNOWN;
      case "prime_activite" -> facts.provides(FactVocabulary.PRESTATION_PPA)
          ? yesNo(situation.householdBenefits().hasAny(ResourceKind.PPA)) : UNKNOWN;
      case "allocations_familiales" -> facts.provides(FactVocabulary.PRESTATION_FAMILIALES)
          ? yesNo(situation.householdBenefits().hasAny(ResourceKind.FAMILY_BENEFITS)) : UNKNOWN;
      case "housing_aid" -> {
        Fact<BigDecimal> aid = situation.housing().housingAid();
        yield !facts.provides(FactVocabulary.LOGEMENT_AIDE_RECUE) || !aid.isKnown() ? UNKNOWN
            : yesNo(aid.value().signum() > 0);
      }
      case "aah" -> situation.parents().stream().map(Person::resourcesOrNone)
          .anyMatch(r -> r.hasAny(ResourceKind.AAH)) ? "oui"
          : facts.provides(FactVocabulary.resource(FactVocabulary.ResourceKindFact.AAH,
              FactVocabulary.ResourcePeriod.MENSUEL)) ? "non" : UNKNOWN;
      default -> UNKNOWN;
    };
  }

  private static String yesNo(boolean yes) {
    return yes ? "oui" : "non";
  }
}
