package fr.guichet.eligibility.interview;

import fr.guichet.engine.Interview;
import fr.guichet.engine.Member;
import fr.guichet.eligibility.situation.Activity;
import fr.guichet.eligibility.situation.Fact;
import fr.guichet.eligibility.situation.Housing;
import fr.guichet.eligibility.situation.HousingStatus;
import fr.guichet.eligibility.situation.Nationality;
import fr.guichet.eligibility.situation.Person;
import fr.guichet.eligibility.situation.ResourceKind;
import fr.guichet.eligibility.situation.Resources;
import fr.guichet.eligibility.situation.Role;
import fr.guichet.eligibility.situation.Situation;
import fr.guichet.script.Answer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The situation the eligibility engine reads, built from the default interview's answers (the
 * question ids are listed in FORMAT.md, "Facts read by the eligibility check"). What the person
 * has not said stays unknown; what the interview does not ask is taken as the common case and
 * said so here.
 */
public final class InterviewSituation {

  private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");
  /** The tax notice's RFR is declared income after the 10 % deduction: hand the declared amount back. */
  private static final BigDecimal AFTER_DEDUCTION = new BigDecimal("0.9");

  private InterviewSituation() {}

  public static Situation of(Interview interview) {
    Answers answers = new Answers(interview.answers(), interview.skippedKeys());
    YearMonth current = YearMonth.from(interview.today());
    String departement = departement(answers.raw("commune"));
    List<Person> persons = new ArrayList<>();
    for (Member member : interview.members()) persons.add(person(answers, member, current, departement));
    Housing housing = housing(answers, departement);
    Map<Year, BigDecimal> rfr = new java.util.HashMap<>();
    if (answers.known("revenu_fiscal_reference")) {
      rfr.put(Year.of(current.getYear() - 2), ((Answer.Amount) answers.raw("revenu_fiscal_reference")).number());
    }
    return new Situation(persons, housing, answers.yesNo("isolement_recent", false), Fact.of(false), Fact.of(false),
        householdBenefits(answers, current), rfr, true, Map.of());
  }

  private static Person person(Answers answers, Member member, YearMonth current, String departement) {
    String k = member.key() + ".";
    Role role = Role.valueOf(member.role().toUpperCase(java.util.Locale.ROOT));
    var builder = Person.builder(member.key(), role)
        .activity(answers.choice(k + "activite", null).map(InterviewSituation::activity))
        .nationality(answers.choice(k + "nationalite", null).map(InterviewSituation::nationality))
        .residencePermitYears(answers.amount(k + "titre_sejour_annees", BigDecimal.valueOf(99)))
        .incapacityRate(incapacity(answers, k))
        .rsdae(answers.yesNo(k + "restriction_emploi", false))
        .gir(gir(answers, k))
        .unfitForWork(answers.yesNo(k + "inapte_travail", false))
        .alternatingCustody(answers.yesNo(k + "garde_alternee", false))
        .youngWorkerHours(Fact.of(false))
        .alsaceMoselle(Fact.of(ALSACE_MOSELLE.contains(departement)))
        .dependsOnParents(Fact.of(role == Role.ENFANT));
    answers.date(k + "date_naissance").ifKnown(builder::birthDate);
    if (role.isParent()) {
      Fact<Resources> resources = withDeclaredWages(MemberResources.of(answers, member.key(), current), answers, role, current);
      if (resources.isKnown()) builder.resources(resources.value());
    } else {
      builder.resources(Resources.NONE);
    }
    return builder.build();
  }

  /** Family allowances read the declared wages of year N-2: the tax notice gives them for the household. */
  private static Fact<Resources> withDeclaredWages(Fact<Resources> resources, Answers answers, Role role, YearMonth current) {
    if (!resources.isKnown() || role != Role.DEMANDEUR || !answers.known("revenu_fiscal_reference")) return resources;
    BigDecimal rfr = ((Answer.Amount) answers.raw("revenu_fiscal_reference")).number();
    Map<ResourceKind, Map<Year, BigDecimal>> yearly = new EnumMap<>(ResourceKind.class);
    yearly.put(ResourceKind.DECLARED_WAGES, Map.of(Year.of(current.getYear() - 2), rfr.divide(AFTER_DEDUCTION, 2, RoundingMode.HALF_UP)));
    return Fact.of(new Resources(resources.value().monthly(), yearly));
  }

  private static Fact<BigDecimal> incapacity(Answers answers, String k) {
    Fact<Boolean> handicap = answers.yesNo(k + "handicap", false);
    if (handicap.isKnown() && !handicap.value()) return Fact.of(BigDecimal.ZERO);
    return answers.choice(k + "taux_incapacite", null).map(rate -> switch (rate) {
      case "au_moins_80" -> new BigDecimal("0.8");
      case "de_50_a_79" -> new BigDecimal("0.5");
      default -> new BigDecimal("0.3");
    });
  }

  /** GIR 1 to 4 opens the APA; the interview asks in two bands, so 4 and 5 stand for them. */
  private static Fact<Integer> gir(Answers answers, String k) {
    Fact<Boolean> loss = answers.yesNo(k + "perte_autonomie", false);
    if (loss.isKnown() && !loss.value()) return Fact.of(6);
    Fact<String> band = answers.choice(k + "gir", null);
    if (!band.isKnown() || band.value().equals("non_evalue")) return Fact.unknown();
    return Fact.of(band.value().equals("gir_1_4") ? 4 : 5);
  }

  private static Activity activity(String choice) {
    return switch (choice) {
      case "salarie", "independant", "apprenti" -> Activity.EMPLOYED;
      case "chomeur" -> Activity.UNEMPLOYED;
      case "etudiant" -> Activity.STUDENT;
      case "retraite" -> Activity.RETIRED;
      default -> Activity.INACTIVE;
    };
  }

  private static Nationality nationality(String choice) {
    return switch (choice) {
      case "francaise" -> Nationality.FRENCH;
      case "europeenne" -> Nationality.EEA_OR_SWISS;
      default -> Nationality.OTHER;
    };
  }

  private static Housing housing(Answers answers, String departement) {
    Fact<HousingStatus> status = answers.choice("logement", null).map(InterviewSituation::housingStatus);
    Fact<BigDecimal> aid = answers.yesNo("aide_logement", false).isKnown() && !answers.yesNo("aide_logement", false).value()
        ? Fact.of(BigDecimal.ZERO) : answers.amount("aide_logement_montant", BigDecimal.ZERO);
    Answer commune = answers.raw("commune");
    String insee = commune instanceof Answer.Place place ? place.inseeCode() : "";
    return new Housing(status, answers.amount("loyer", BigDecimal.ZERO), aid,
        answers.yesNo("participation_frais", false), insee, departement);
  }

  private static HousingStatus housingStatus(String choice) {
    return switch (choice) {
      case "locataire_prive" -> HousingStatus.TENANT_UNFURNISHED;
      case "locataire_social" -> HousingStatus.TENANT_SOCIAL;
      case "foyer" -> HousingStatus.TENANT_HOSTEL;
      case "proprietaire" -> HousingStatus.OWNER;
      case "accedant" -> HousingStatus.FIRST_TIME_BUYER;
      case "heberge" -> HousingStatus.LODGED_FREE;
      default -> HousingStatus.HOMELESS;
    };
  }

  /** RSA, prime d'activité and family benefits received by the household, taken as steady over the year. */
  private static Resources householdBenefits(Answers answers, YearMonth current) {
    Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(ResourceKind.class);
    put(monthly, answers.amountOrNull("rsa_mensuel"), ResourceKind.RSA, current);
    put(monthly, answers.amountOrNull("prime_activite_mensuel"), ResourceKind.PPA, current);
    put(monthly, answers.amountOrNull("prestations_familiales_mensuel"), ResourceKind.FAMILY_BENEFITS, current);
    return new Resources(monthly, Map.of());
  }

  private static void put(Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly, BigDecimal amount, ResourceKind kind, YearMonth current) {
    if (amount != null && amount.signum() > 0) monthly.put(kind, MemberResources.everyMonth(amount, current));
  }

  private static String departement(Answer commune) {
    if (!(commune instanceof Answer.Place place)) return "";
    String code = place.inseeCode();
    return code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
  }
}
