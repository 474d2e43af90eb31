package fr.guichet.eligibility.interview;

import static fr.guichet.script.facts.FactVocabulary.ACTIVITE;
import static fr.guichet.script.facts.FactVocabulary.COMMUNE_FACT;
import static fr.guichet.script.facts.FactVocabulary.DATE_NAISSANCE;
import static fr.guichet.script.facts.FactVocabulary.GARDE_ALTERNEE;
import static fr.guichet.script.facts.FactVocabulary.GIR;
import static fr.guichet.script.facts.FactVocabulary.HANDICAP;
import static fr.guichet.script.facts.FactVocabulary.INAPTE_TRAVAIL;
import static fr.guichet.script.facts.FactVocabulary.ISOLEMENT_RECENT;
import static fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_MONTANT;
import static fr.guichet.script.facts.FactVocabulary.LOGEMENT_AIDE_RECUE;
import static fr.guichet.script.facts.FactVocabulary.LOGEMENT_LOYER;
import static fr.guichet.script.facts.FactVocabulary.LOGEMENT_PARTICIPATION_FRAIS;
import static fr.guichet.script.facts.FactVocabulary.LOGEMENT_STATUT;
import static fr.guichet.script.facts.FactVocabulary.NATIONALITE;
import static fr.guichet.script.facts.FactVocabulary.PERTE_AUTONOMIE;
import static fr.guichet.script.facts.FactVocabulary.PRESTATION_FAMILIALES;
import static fr.guichet.script.facts.FactVocabulary.PRESTATION_PPA;
import static fr.guichet.script.facts.FactVocabulary.PRESTATION_RSA;
import static fr.guichet.script.facts.FactVocabulary.RESTRICTION_EMPLOI;
import static fr.guichet.script.facts.FactVocabulary.REVENU_FISCAL_REFERENCE;
import static fr.guichet.script.facts.FactVocabulary.TAUX_INCAPACITE;
import static fr.guichet.script.facts.FactVocabulary.TITRE_SEJOUR_ANNEES;

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
import fr.guichet.engine.Interview;
import fr.guichet.engine.Member;
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
 * The situation the eligibility engine reads, built from the situation facts an interview's script declares (see
 * {@code scripts/FAITS.md}); no question id appears here. What the person has not said stays unknown; what the
 * vocabulary takes as the common case when a script does not ask is said there.
 */
public final class InterviewSituation {

  private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");
  private static final Set<String> WORKING = Set.of("salarie", "independant", "apprenti");
  /** The tax notice's RFR is declared income after the 10 % deduction: hand the declared amount back. */
  private static final BigDecimal AFTER_DEDUCTION = new BigDecimal("0.9");

  private InterviewSituation() {}

  public static Situation of(Interview interview) {
    FactReader facts = new FactReader(interview);
    YearMonth current = YearMonth.from(interview.today());
    Fact<String> commune = facts.household(COMMUNE_FACT, String.class);
    String insee = commune.isKnown() ? commune.value() : "";
    String departement = departement(insee);
    BigDecimal rfr = facts.valueOrNull(REVENU_FISCAL_REFERENCE, null, BigDecimal.class);
    List<Person> persons = new ArrayList<>();
    for (Member member : interview.members()) persons.add(person(facts, member, current, departement, rfr));
    Map<Year, BigDecimal> taxIncome = new java.util.HashMap<>();
    if (rfr != null) taxIncome.put(Year.of(current.getYear() - 2), rfr);
    return new Situation(persons, housing(facts, insee, departement), facts.household(ISOLEMENT_RECENT, Boolean.class),
        Fact.of(false), Fact.of(false), householdBenefits(facts, current), taxIncome, true, Map.of());
  }

  private static Person person(FactReader facts, Member member, YearMonth current, String departement, BigDecimal rfr) {
    Role role = Role.valueOf(member.role().toUpperCase(java.util.Locale.ROOT));
    Fact<String> activity = facts.member(ACTIVITE, member, String.class);
    var builder = Person.builder(member.key(), role)
        .activity(activity.map(InterviewSituation::activity))
        .nationality(facts.member(NATIONALITE, member, String.class).map(InterviewSituation::nationality))
        .residencePermitYears(facts.member(TITRE_SEJOUR_ANNEES, member, BigDecimal.class))
        .incapacityRate(incapacity(facts, member))
        .rsdae(facts.member(RESTRICTION_EMPLOI, member, Boolean.class))
        .gir(gir(facts, member))
        .unfitForWork(facts.member(INAPTE_TRAVAIL, member, Boolean.class))
        .alternatingCustody(facts.member(GARDE_ALTERNEE, member, Boolean.class))
        .youngWorkerHours(Fact.of(false))
        .alsaceMoselle(Fact.of(ALSACE_MOSELLE.contains(departement)))
        .dependsOnParents(Fact.of(role == Role.ENFANT));
    facts.member(DATE_NAISSANCE, member, java.time.LocalDate.class).ifKnown(builder::birthDate);
    if (role.isParent()) {
      boolean stillWorking = activity.isKnown() && WORKING.contains(activity.value());
      Fact<Resources> resources = withDeclaredWages(MemberResources.of(facts, member, current, stillWorking), rfr, role, current);
      if (resources.isKnown()) builder.resources(resources.value());
    } else {
      builder.resources(Resources.NONE);
    }
    return builder.build();
  }

  /** Family allowances read the declared wages of year N-2: the tax notice gives them for the household. */
  private static Fact<Resources> withDeclaredWages(Fact<Resources> resources, BigDecimal rfr, Role role, YearMonth current) {
    if (!resources.isKnown() || role != Role.DEMANDEUR || rfr == null) return resources;
    Map<ResourceKind, Map<Year, BigDecimal>> yearly = new EnumMap<>(ResourceKind.class);
    yearly.put(ResourceKind.DECLARED_WAGES, Map.of(Year.of(current.getYear() - 2), rfr.divide(AFTER_DEDUCTION, 2, RoundingMode.HALF_UP)));
    return Fact.of(new Resources(resources.value().monthly(), yearly));
  }

  private static Fact<BigDecimal> incapacity(FactReader facts, Member member) {
    Fact<Boolean> handicap = facts.member(HANDICAP, member, Boolean.class);
    if (handicap.isKnown() && !handicap.value()) return Fact.of(BigDecimal.ZERO);
    return facts.member(TAUX_INCAPACITE, member, String.class).map(rate -> switch (rate) {
      case "au_moins_80" -> new BigDecimal("0.8");
      case "de_50_a_79" -> new BigDecimal("0.5");
      default -> new BigDecimal("0.3");
    });
  }

  /** GIR 1 to 4 opens the APA; the vocabulary has two bands, so 4 and 5 stand for them. */
  private static Fact<Integer> gir(FactReader facts, Member member) {
    Fact<Boolean> loss = facts.member(PERTE_AUTONOMIE, member, Boolean.class);
    if (loss.isKnown() && !loss.value()) return Fact.of(6);
    Fact<String> band = facts.member(GIR, member, String.class);
    if (!band.isKnown() || band.value().equals("non_evalue")) return Fact.unknown();
    return Fact.of(band.value().equals("gir_1_4") ? 4 : 5);
  }

  private static Activity activity(String value) {
    return switch (value) {
      case "salarie", "independant", "apprenti" -> Activity.EMPLOYED;
      case "chomeur" -> Activity.UNEMPLOYED;
      case "etudiant" -> Activity.STUDENT;
      case "retraite" -> Activity.RETIRED;
      default -> Activity.INACTIVE;
    };
  }

  private static Nationality nationality(String value) {
    return switch (value) {
      case "francaise" -> Nationality.FRENCH;
      case "eee" -> Nationality.EEA_OR_SWISS;
      default -> Nationality.OTHER;
    };
  }

  private static Housing housing(FactReader facts, String insee, String departement) {
    Fact<HousingStatus> status = facts.household(LOGEMENT_STATUT, String.class).map(InterviewSituation::housingStatus);
    Fact<Boolean> receives = facts.household(LOGEMENT_AIDE_RECUE, Boolean.class);
    Fact<BigDecimal> aid = receives.isKnown() && !receives.value()
        ? Fact.of(BigDecimal.ZERO) : facts.household(LOGEMENT_AIDE_MONTANT, BigDecimal.class);
    return new Housing(status, facts.household(LOGEMENT_LOYER, BigDecimal.class), aid,
        facts.household(LOGEMENT_PARTICIPATION_FRAIS, Boolean.class), insee, departement);
  }

  private static HousingStatus housingStatus(String value) {
    return switch (value) {
      case "locataire_vide" -> HousingStatus.TENANT_UNFURNISHED;
      case "locataire_meuble" -> HousingStatus.TENANT_FURNISHED;
      case "locataire_hlm" -> HousingStatus.TENANT_SOCIAL;
      case "locataire_foyer" -> HousingStatus.TENANT_HOSTEL;
      case "proprietaire" -> HousingStatus.OWNER;
      case "primo_accedant" -> HousingStatus.FIRST_TIME_BUYER;
      case "loge_gratuitement" -> HousingStatus.LODGED_FREE;
      default -> HousingStatus.HOMELESS;
    };
  }

  /** RSA, prime d'activité and family benefits received by the household, taken as steady over the year. */
  private static Resources householdBenefits(FactReader facts, YearMonth current) {
    Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(ResourceKind.class);
    put(monthly, facts.valueOrNull(PRESTATION_RSA, null, BigDecimal.class), ResourceKind.RSA, current);
    put(monthly, facts.valueOrNull(PRESTATION_PPA, null, BigDecimal.class), ResourceKind.PPA, current);
    put(monthly, facts.valueOrNull(PRESTATION_FAMILIALES, null, BigDecimal.class), ResourceKind.FAMILY_BENEFITS, current);
    return new Resources(monthly, Map.of());
  }

  private static void put(Map<ResourceKind, Map<YearMonth, BigDecimal>> monthly, BigDecimal amount, ResourceKind kind, YearMonth current) {
    if (amount != null && amount.signum() > 0) monthly.put(kind, MemberResources.everyMonth(amount, current));
  }

  private static String departement(String insee) {
    if (insee.length() < 3) return "";
    return insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2);
  }
}
