package fr.guichet.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.aids.LocalAid;
import fr.guichet.aids.LocalAids;
import fr.guichet.aids.Personas;
import fr.guichet.commune.Commune;
import fr.guichet.commune.CommuneDirectory;
import fr.guichet.script.load.ScriptLoadException;
import fr.guichet.script.load.ScriptProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerritoryFileTest {

  private static final Territory DEMO = Territory.bundled();

  @Test
  void demoTerritory_whenLoaded_coversRealCommunesWithTheirOfficialCodes() {
    assertThat(DEMO.communes()).hasSizeGreaterThanOrEqualTo(5);
    for (Territory.Commune commune : DEMO.communes()) {
      Commune official = CommuneDirectory.get().byInseeCode(commune.inseeCode()).orElseThrow(() -> new AssertionError(commune.inseeCode()));
      assertThat(official.name()).isEqualTo(commune.name());
      assertThat(official.epciSiren()).isEqualTo("200068070");
    }
  }

  @Test
  void demoTerritory_everyAddressWithAStreetIsMarkedAsAnExample() {
    assertThat(DEMO.notice()).contains("démonstration");
    for (Service service : DEMO.services()) {
      if (service.id().equals("siao_115")) continue;
      assertThat(service.address().example()).as(service.id()).isTrue();
      assertThat(String.join(" ", service.address().frenchLines())).as(service.id()).endsWith("(adresse d'exemple)");
      assertThat(service.hours().frenchLines()).as(service.id()).isNotEmpty();
      assertThat(service.phone()).as(service.id()).isNotBlank();
      assertThat(service.whenCalling()).as(service.id()).isNotBlank();
    }
  }

  @Test
  void demoTerritory_hasAServiceForEveryLocalAid() {
    for (LocalAid aid : LocalAids.bundled().aids()) {
      assertThat(DEMO.service(aid.serviceId())).as(aid.id()).isPresent();
    }
  }

  @Test
  void demoFile_whenLoadedFromDisk_hasTheSameServices() {
    assertThat(Territory.load(Path.of("territory/territoire-demo.yaml")).services()).extracting(Service::id)
        .isEqualTo(DEMO.services().stream().map(Service::id).toList());
  }

  @Test
  void brokenTerritory_whenLoaded_isRefusedWithEveryProblemAtItsPlace() {
    String text = """
        id: demo
        name: Démo
        communes:
          - {insee: "2543", name: Ornans}
        teams:
          - {id: logement, name: Logement, service: accueill}
        services:
          - id: accueil
            name: Accueil
            adress: {lines: [ici]}
            address: {lines: ["1 rue de l'Exemple"], postal_code: "25290", commune: Ornans, example: true}
            hours:
              - {days: [lundi, mardy], times: ["09:00-12:00", "11:00-17:00"]}
            closed:
              - {from: 2026-12-31, to: 2026-12-24}
        routing:
          results: {rsa: accueil, rsaa: accueil}
          rules:
            - when: "has(besoins_urgents, 'expulsion') || resultat.rsa == 'oui'"
              service: accueil
              team: logement
              why: Logement d'abord.
          otherwise: {service: accueil}
        """;

    assertThatThrownBy(() -> Territory.parse("t.yaml", text, Personas.SCRIPT, Territory.resultIds(LocalAids.bundled())))
        .isInstanceOfSatisfying(ScriptLoadException.class, e -> assertThat(e.problems()).extracting(ScriptProblem::toString)
            .containsExactly(
                "t.yaml:4:13: code INSEE manquant ou invalide : 5 caractères, entre guillemets (\"25434\")",
                "t.yaml:6:45: service « accueill » inconnu — vouliez-vous dire « accueil » ?",
                "t.yaml:10:5: clé inconnue « adress » — vouliez-vous dire « address » ?",
                "t.yaml:13:24: jour « mardy » inconnu — vouliez-vous dire « mardi » ?",
                "t.yaml:13:55: plage « 11:00-17:00 » illisible : écrivez \"09:00-12:00\", dans l'ordre de la journée",
                "t.yaml:15:32: la fermeture finit avant de commencer",
                "t.yaml:17:27: « rsaa » n'est ni une prestation ni une aide connue",
                "t.yaml:19:67: « oui » n'est pas un des choix de « resultat.rsa » (choix : incertain, non, probable)",
                "t.yaml:21:13: équipe « logement » inconnue, ou pas dans le service « accueil »",
                "t.yaml:23:14: raison (why) manquante : dites à la personne pourquoi elle va là"));
  }
}
