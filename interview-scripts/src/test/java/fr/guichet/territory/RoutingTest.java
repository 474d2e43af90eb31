package fr.guichet.territory;

import static fr.guichet.aids.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.aids.LocalAids;
import fr.guichet.aids.Personas;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.engine.Interview;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Demo personas routed through the demo territory: whom they see first, why, and when it is open. */
class RoutingTest {

  private static final Territory DEMO = Territory.bundled();

  private static Routing route(Personas persona, Conclusion... national) {
    Interview interview = persona.interview();
    List<Conclusion> conclusions = new ArrayList<>(List.of(national));
    conclusions.addAll(LocalAids.bundled().evaluate(interview));
    return DEMO.route(interview, conclusions);
  }

  private static String team(Routing routing) {
    return routing.first().team().map(Team::id).orElse("");
  }

  private static Conclusion national(String id, String name, EligibilityStatus status) {
    return new Conclusion(id, name, false, status, Optional.of(BigDecimal.TEN), "", List.of(), List.of(), List.of(), "CAF", "");
  }

  @Test
  void evictionRisk_goesToTheHousingWorkerFirst_evenWithAFoodEmergency() {
    Routing routing = route(person().with("besoins_urgents", "alimentation,expulsion").salary("demandeur", "700"));

    assertThat(routing.first().service().id()).isEqualTo("cias_accueil");
    assertThat(team(routing)).isEqualTo("ts_logement");
    assertThat(routing.first().why()).startsWith("Vous risquez de perdre votre logement");
    assertThat(routing.first().results()).containsExactly("Secours d'urgence", "Logement d'urgence");
    assertThat(routing.first().service().hours().frenchLines()).containsExactly(
        "Lundi, mardi, jeudi, vendredi : 9 h – 12 h, 13 h 30 – 17 h",
        "Mercredi : 9 h – 12 h",
        "Sans rendez-vous le matin, sur rendez-vous l'après-midi.");
    assertThat(routing.then()).extracting(visit -> visit.service().id()).containsExactly("cias_insertion");
  }

  @Test
  void rentArrearsWithoutDeclaredUrgency_alsoGoesToTheHousingWorker() {
    assertThat(team(route(person().with("impayes_loyer", "oui")))).isEqualTo("ts_logement");
  }

  @Test
  void homelessPerson_goesToDomiciliationFirst() {
    Routing routing = route(person().with("logement", "sans_domicile").noIncome("demandeur"));

    assertThat(routing.first().service().id()).isEqualTo("cias_domiciliation");
    assertThat(team(routing)).isEqualTo("domiciliation");
    assertThat(routing.first().results()).containsExactly("Domiciliation (une adresse pour recevoir votre courrier)");
    assertThat(routing.first().service().hours().frenchLines()).containsExactly("Lundi, mercredi, vendredi : 9 h – 11 h 30");
  }

  @Test
  void foodEmergency_goesToTheSocialWorkerOnDuty() {
    Routing routing = route(person().with("besoins_urgents", "alimentation").salary("demandeur", "700"));

    assertThat(team(routing)).isEqualTo("ts_polyvalent");
    assertThat(routing.first().why()).contains("secours");
  }

  @Test
  void seniorNeedingHelp_goesToTheSeniorsTeam_andToTheDepartementForApa() {
    Routing routing = route(person().with("demandeur.date_naissance", "02/05/1948").with("demandeur.activite", "retraite")
            .pension("demandeur", "900").with("logement", "proprietaire").with("demandeur.perte_autonomie", "oui")
            .with("demandeur.gir", "gir_1_4"),
        national("apa", "Allocation personnalisée d'autonomie (APA)", EligibilityStatus.LIKELY_ELIGIBLE));

    assertThat(routing.first().service().id()).isEqualTo("cias_seniors");
    assertThat(team(routing)).isEqualTo("seniors");
    assertThat(routing.first().results()).contains("Portage de repas à domicile", "Registre canicule (plan d'alerte et d'urgence)");
    assertThat(routing.first().service().hours().frenchLines())
        .startsWith("Du lundi au vendredi : 9 h – 12 h, 14 h – 16 h 30");
    assertThat(routing.then()).extracting(visit -> visit.service().id()).containsExactly("mds", "cias_insertion");
  }

  @Test
  void healthEmergency_goesToTheHealthInsuranceDesk() {
    Routing routing = route(person().with("besoins_urgents", "sante"));

    assertThat(routing.first().service().id()).isEqualTo("cpam_permanence");
    assertThat(routing.first().team()).isEmpty();
    assertThat(routing.first().service().hours().frenchLines()).containsExactly("Jeudi : 13 h 30 – 16 h 30", "Sur rendez-vous, au 3646.");
  }

  @Test
  void likelyRsaWithoutUrgency_goesToInsertion_andTheCafComesNext() {
    Routing routing = route(person().noIncome("demandeur"),
        national("rsa", "Revenu de solidarité active (RSA)", EligibilityStatus.LIKELY_ELIGIBLE),
        national("prime_activite", "Prime d'activité", EligibilityStatus.NOT_ELIGIBLE),
        national("complementaire_sante_solidaire", "Complémentaire santé solidaire", EligibilityStatus.CANNOT_TELL));

    assertThat(routing.first().service().id()).isEqualTo("cias_insertion");
    assertThat(team(routing)).isEqualTo("insertion");
    assertThat(routing.then()).extracting(visit -> visit.service().id()).containsExactly("caf_permanence", "cpam_permanence");
    assertThat(routing.then().get(0).results()).containsExactly("Revenu de solidarité active (RSA)");
  }

  @Test
  void nothingParticular_goesToTheFrontDesk() {
    Routing routing = route(person().salary("demandeur", "2500"));

    assertThat(routing.first().service().id()).isEqualTo("cias_accueil");
    assertThat(team(routing)).isEqualTo("agents_accueil");
    assertThat(routing.first().why()).isEqualTo("L'accueil du CIAS fait le point avec vous et vous oriente vers la bonne personne.");
  }

  @Test
  void frontDesk_isClosedOnItsClosureDaysAndOutsideItsHours() {
    OpeningHours hours = DEMO.service("cias_accueil").orElseThrow().hours();

    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 25, 10, 0))).isTrue();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 25, 14, 0))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 26, 13, 30))).isTrue();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 26, 12, 0))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 12, 28, 10, 0))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 28, 10, 0))).isFalse();
    assertThat(hours.closuresFrom(Personas.TODAY)).containsExactly(
        "Fermé du 24 décembre 2026 au 1er janvier 2027 (fermeture de fin d'année)",
        "Fermé le 14 mai 2027 (pont de l'Ascension)");
    assertThat(hours.closuresFrom(java.time.LocalDate.of(2027, 1, 2))).hasSize(1);
  }

  @Test
  void emergencyNumber_isOpenDayAndNight() {
    OpeningHours hours = DEMO.service("siao_115").orElseThrow().hours();

    assertThat(hours.frenchLines()).containsExactly("Tous les jours : 24 h sur 24");
    assertThat(hours.isOpen(LocalDateTime.of(2026, 12, 25, 3, 0))).isTrue();
  }
}
