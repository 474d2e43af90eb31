package fr.guichet.aids;

import static fr.guichet.aids.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.eligibility.Conclusion;
import fr.guichet.engine.Interview;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each local aid through real interviews of the default script: eligible, not eligible, cannot tell yet. */
class LocalAidsScenarioTest {

  private static final LocalAids AIDS = LocalAids.bundled();

  static Conclusion conclusion(Interview interview, String aidId) {
    return AIDS.evaluate(interview).stream().filter(c -> c.id().equals(aidId)).findFirst().orElseThrow();
  }

  static Conclusion conclusion(Personas persona, String aidId) {
    return conclusion(persona.interview(), aidId);
  }

  static Personas senior() {
    return person().with("demandeur.date_naissance", "02/05/1954").with("demandeur.activite", "retraite")
        .pension("demandeur", "900").with("demandeur.perte_autonomie", "non").with("logement", "proprietaire");
  }

  @Nested
  class SecoursUrgence {
    @Test
    void urgentNeedAndLowQuotient_isLikelyWithTheCeilingInTheReason() {
      Conclusion c = conclusion(person().with("besoins_urgents", "alimentation").salary("demandeur", "700"), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.local()).isTrue();
      assertThat(c.reasons()).contains("Votre quotient familial, 350\u00A0€, ne dépasse pas le plafond de 650\u00A0€.");
      assertThat(c.amountNote()).isEqualTo("Décision de la commission du CIAS, dans la limite de 350\u00A0€ par an.");
      assertThat(c.monthlyAmount()).isEmpty();
      assertThat(c.serviceId()).isEqualTo("cias_accueil");
    }

    @Test
    void noUrgentNeed_isNotEligibleAndSaysWhy() {
      Conclusion c = conclusion(person().salary("demandeur", "700"), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Le secours d'urgence répond à un besoin urgent, et vous n'en avez pas signalé.");
    }

    @Test
    void salaryNotKnown_cannotTellAndNamesTheSalaryQuestion() {
      Conclusion c = conclusion(person().with("besoins_urgents", "energie").with("demandeur.salaire_m2", "?"), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Salaire net reçu en septembre 2026");
      assertThat(c.reasons()).containsExactly("Vous avez signalé un besoin urgent.");
    }
  }

  @Nested
  class AideAlimentaire {
    @Test
    void lowQuotient_isLikelyWithChequesForEachPerson() {
      Personas family = person().with("en_couple", "oui").with("nb_enfants", "3").salary("demandeur", "1200")
          .with("conjoint.date_naissance", "01/01/1987").with("conjoint.nationalite", "francaise")
          .with("conjoint.activite", "inactif").with("conjoint.types_ressources", "aucune").with("conjoint.handicap", "non");
      for (int rank = 1; rank <= 3; rank++) {
        family.with("enfant" + rank + ".date_naissance", "01/06/201" + rank).with("enfant" + rank + ".garde_alternee", "non");
      }
      Conclusion c = conclusion(family, "aide_alimentaire");

      assertThat(c.statusWord()).isEqualTo("probable");
      // 2 parts for the couple, 0.5 + 0.5 for the first two children, 1 for the third: 1200 / 4.
      assertThat(c.reasons()).containsExactly("Votre quotient familial, 300\u00A0€, ne dépasse pas le plafond de 650\u00A0€.");
      assertThat(c.monthlyAmount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("125"));
    }

    @Test
    void quotientAboveCeiling_isNotEligible() {
      Conclusion c = conclusion(person().salary("demandeur", "2000"), "aide_alimentaire");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Votre quotient familial, 1\u00A0000\u00A0€, dépasse le plafond de 650\u00A0€.");
      assertThat(c.monthlyAmount()).isEmpty();
    }

    @Test
    void housingAidAmountNotKnown_cannotTellAndNamesIt() {
      Conclusion c = conclusion(person().with("aide_logement", "oui").with("aide_logement_montant", "?"), "aide_alimentaire");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Quel est le montant de l'aide au logement par mois ?");
    }
  }

  @Nested
  class Domiciliation {
    @Test
    void withoutStableHousing_isLikely() {
      assertThat(conclusion(person().with("logement", "sans_domicile"), "domiciliation").statusWord()).isEqualTo("probable");
    }

    @Test
    void noAddressAsUrgentNeed_isLikelyEvenWhenHosted() {
      Conclusion c = conclusion(person().with("besoins_urgents", "sans_adresse").with("logement", "heberge")
          .with("participation_frais", "non"), "domiciliation");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.amountNote()).isEqualTo("Gratuit. La domiciliation vaut 12 mois et se renouvelle.");
    }

    @Test
    void tenant_isNotEligible() {
      assertThat(conclusion(person(), "domiciliation").statusWord()).isEqualTo("non");
    }

    @Test
    void housingNotAnsweredYet_cannotTellAndNamesTheHousingQuestion() {
      Conclusion c = conclusion(person().without("logement"), "domiciliation");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Quelle est votre situation de logement ?");
    }
  }

  @Nested
  class PortageRepas {
    @Test
    void seniorNeedingHelpAtHome_isLikely() {
      Conclusion c = conclusion(senior().with("demandeur.perte_autonomie", "oui").with("demandeur.gir", "non_evalue"), "portage_repas");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.amountNote()).isEqualTo("Vous payez le repas de 6,10\u00A0€ à 10,20\u00A0€ selon vos ressources ; le CIAS paie le reste.");
    }

    @Test
    void seniorWithoutNeed_isNotEligible() {
      Conclusion c = conclusion(senior(), "portage_repas");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Vous n'avez pas signalé de besoin d'aide pour les gestes du quotidien.");
    }

    @Test
    void needNotKnown_cannotTellAndNamesTheQuestion() {
      Conclusion c = conclusion(senior().with("demandeur.perte_autonomie", "?"), "portage_repas");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Avez-vous besoin d'aide pour les gestes du quotidien ?");
    }
  }

  @Nested
  class AideMenagere {
    @Test
    void seniorGir5Or6WithModestPension_isLikely() {
      Conclusion c = conclusion(senior().with("demandeur.perte_autonomie", "oui").with("demandeur.gir", "gir_5_6"), "aide_menagere");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.reasons()).contains("Les ressources du foyer, 900\u00A0€ par mois, ne dépassent pas le plafond.");
    }

    @Test
    void gir1To4_isNotEligibleBecauseApaCovers() {
      Conclusion c = conclusion(senior().with("demandeur.perte_autonomie", "oui").with("demandeur.gir", "gir_1_4"), "aide_menagere");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Avec un GIR de 1 à 4, l'aide à domicile passe par l'APA du département.");
    }

    @Test
    void girNotKnown_cannotTellAndNamesTheGirQuestion() {
      Conclusion c = conclusion(senior().with("demandeur.perte_autonomie", "oui").with("demandeur.gir", "?"), "aide_menagere");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Un groupe d'autonomie (GIR) a-t-il déjà été évalué (vous) ?");
    }
  }

  @Nested
  class MicroCredit {
    @Test
    void modestSteadySalary_isLikely() {
      assertThat(conclusion(person(), "micro_credit").statusWord()).isEqualTo("probable");
    }

    @Test
    void noIncome_isNotEligibleAndOffersAnAidInstead() {
      Conclusion c = conclusion(person().noIncome("demandeur"), "micro_credit");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).singleElement().asString().startsWith("Vos ressources, 0\u00A0€ par mois, sont trop faibles");
    }

    @Test
    void salaryNotKnown_cannotTell() {
      Conclusion c = conclusion(person().with("demandeur.salaire_m3", "?"), "micro_credit");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Salaire net reçu en août 2026");
    }
  }

  @Nested
  class AidePermis {
    Personas young() {
      return person().with("demandeur.date_naissance", "10/02/2004").with("demandeur.activite", "chomeur").salary("demandeur", "600");
    }

    @Test
    void youngJobSeekerWithLowQuotient_isLikely() {
      Conclusion c = conclusion(young(), "aide_permis");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.amountNote()).isEqualTo("Jusqu'à 800\u00A0€, versés à l'auto-école, contre 35 heures de bénévolat.");
    }

    @Test
    void over25_isNotEligible() {
      assertThat(conclusion(person(), "aide_permis").reasons()).containsExactly("L'aide au permis est pour les jeunes de 18 à 25 ans.");
    }

    @Test
    void birthDateNotKnown_cannotTellAndNamesIt() {
      Conclusion c = conclusion(young().with("demandeur.date_naissance", "?"), "aide_permis");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Quelle est votre date de naissance ?");
    }
  }

  @Nested
  class RegistreCanicule {
    @Test
    void over65AtHome_isLikely() {
      assertThat(conclusion(senior(), "registre_canicule").statusWord()).isEqualTo("probable");
    }

    @Test
    void over65WithoutHome_isNotEligible() {
      Conclusion c = conclusion(senior().with("logement", "sans_domicile"), "registre_canicule");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Le registre est pour les personnes qui vivent à domicile.");
    }

    @Test
    void aged62WithUnfitnessNotKnown_cannotTell() {
      Conclusion c = conclusion(senior().with("demandeur.date_naissance", "01/01/1964").with("demandeur.inapte_travail", "?"),
          "registre_canicule");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Avez-vous été reconnu(e) inapte au travail ?");
    }
  }

  @Nested
  class VisitesConvivialite {
    @Test
    void seniorLivingAlone_isLikely() {
      assertThat(conclusion(senior(), "visites_convivialite").statusWord()).isEqualTo("probable");
    }

    @Test
    void seniorLivingWithSomeone_isNotEligible() {
      Conclusion c = conclusion(senior().with("nb_autres", "1").with("autre1.date_naissance", "01/01/1980"), "visites_convivialite");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Les visites sont pour les personnes qui vivent seules.");
    }

    @Test
    void birthDateNotKnown_cannotTell() {
      Conclusion c = conclusion(senior().with("demandeur.date_naissance", "?"), "visites_convivialite");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Quelle est votre date de naissance ?");
    }
  }

  @Nested
  class LogementUrgence {
    @Test
    void evictionRisk_isLikely() {
      assertThat(conclusion(person().with("besoins_urgents", "expulsion"), "logement_urgence").statusWord()).isEqualTo("probable");
    }

    @Test
    void tenantWithoutEvictionRisk_isNotEligible() {
      assertThat(conclusion(person(), "logement_urgence").statusWord()).isEqualTo("non");
    }

    @Test
    void housingNotAnsweredYet_cannotTell() {
      Conclusion c = conclusion(person().without("logement"), "logement_urgence");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("Quelle est votre situation de logement ?");
    }
  }

  @Nested
  class DatedParameters {
    /** 1 240 € alone: a quotient of 620 €, under the 2026 ceiling (650 €), over the 2025 one (600 €). */
    Personas urgent() {
      return person().with("besoins_urgents", "alimentation").salary("demandeur", "1240");
    }

    @Test
    void ceiling_onTheLastDayOf2025_isThe2025One() {
      Conclusion c = conclusion(urgent().on(LocalDate.of(2025, 12, 31)), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("non");
      assertThat(c.reasons()).containsExactly("Votre quotient familial, 620\u00A0€, dépasse le plafond de 600\u00A0€.");
      assertThat(c.amountNote()).contains("300\u00A0€");
    }

    @Test
    void ceiling_fromJanuaryFirst2026_isThe2026One() {
      Conclusion c = conclusion(urgent().on(LocalDate.of(2026, 1, 1)), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("probable");
      assertThat(c.amountNote()).contains("350\u00A0€");
    }

    @Test
    void interviewBeforeAnyValue_cannotTellAndSaysTheValueIsMissing() {
      Conclusion c = conclusion(urgent().on(LocalDate.of(2024, 6, 1)), "secours_urgence");

      assertThat(c.statusWord()).isEqualTo("incertain");
      assertThat(c.missing()).containsExactly("la valeur de « plafond_qf » en vigueur à cette date (à ajouter au fichier des aides)");
    }
  }
}
