package fr.guichet.tui;

import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.Agent;
import fr.guichet.access.LoginResult;
import fr.guichet.access.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk login, first start, roles and audit, on the virtual terminal. */
class DeskAccessTest {
  private static final String PW = ScreenDriver.PASSWORD;

  @TempDir
  Path data;

  private ScreenDriver desk(Role accountRole) throws Exception {
    return new ScreenDriver(data, ScreenDriver.desk(), 100, 30, null, accountRole);
  }

  @Test
  void login_withTheRightPassword_showsTheWelcomeWithAgentAndRole_passwordNeverShown()
      throws Exception {
    try (ScreenDriver d = desk(Role.MEDIATEUR)) {
      assertThat(d.screen()).contains("Connexion de l'agent", "Identifiant", "Mot de passe");
      d.type("m.durand").enter().type(PW);
      assertThat(d.screen()).doesNotContain(PW).contains("*****");
      d.enter();
      assertThat(d.screen()).contains("Bienvenue", "Connecté : m.durand (médiateur)",
          "1. Commencer un nouvel entretien", "3. Se déconnecter");
      d.type("3");
      assertThat(d.screen()).contains("Connexion de l'agent", "Vous êtes déconnecté.");
    }
  }

  @Test
  void login_wrongPasswordOrUnknownUser_sameMessage_andTheLoginScreenStays() throws Exception {
    try (ScreenDriver d = desk(Role.MEDIATEUR)) {
      d.logIn("m.durand", "not-the-password");
      String wrong = d.screen();
      assertThat(wrong).contains(LoginResult.Refused.WRONG, "Connexion de l'agent")
          .doesNotContain("not-the-password");
      d.type(PW).enter();  // the cursor is back in the emptied password field
      assertThat(d.screen()).contains("Bienvenue");
    }
  }

  @Test
  void login_unknownUser_refusedWithTheWrongPasswordMessage() throws Exception {
    try (ScreenDriver d = desk(Role.MEDIATEUR)) {
      d.logIn("personne", PW);
      assertThat(d.screen()).contains(LoginResult.Refused.WRONG).doesNotContain("Bienvenue");
    }
  }

  @Test
  void login_afterFiveWrongPasswords_saysLockedWithTheTimeToWaitFor() throws Exception {
    try (ScreenDriver d = desk(Role.MEDIATEUR)) {
      d.type("m.durand").enter();
      for (int i = 0; i < 5; i++) {
        d.type("wrong-password-" + i).enter();
      }
      assertThat(d.screen()).contains("Trop d'essais de mot de passe. Réessayez après");
      d.type(PW).enter();  // even the right password waits
      assertThat(d.screen()).contains("Trop d'essais").doesNotContain("Bienvenue");
      d.clock.advance(Duration.ofMinutes(2));
      d.type(PW).enter();
      assertThat(d.screen()).contains("Bienvenue");
    }
  }

  @Test
  void login_disabledAccount_saysSoOnlyWithTheRightPassword() throws Exception {
    try (ScreenDriver d = desk(Role.MEDIATEUR)) {
      d.accounts.disable(new Agent(ScreenDriver.RESPONSABLE, Role.RESPONSABLE), "m.durand", "t");
      d.logIn("m.durand", PW);
      assertThat(d.screen()).contains(LoginResult.Refused.DISABLED);
    }
  }

  @Test
  void firstStart_withoutAccounts_setupCreatesTheResponsableAndLogsThemIn() throws Exception {
    try (ScreenDriver d = desk(null)) {
      assertThat(d.screen()).contains("Premier démarrage", "guichet accounts");
      d.type("a.martin").enter().type("trop-court").enter().type("trop-court").enter();
      assertThat(d.screen()).contains("au moins 12 caractères");
      d.type(PW).enter().type(PW + "x").enter();
      assertThat(d.screen()).contains("ne sont pas identiques");
      d.type(PW).enter().type(PW).enter();
      assertThat(d.screen()).contains("Bienvenue", "Connecté : a.martin (responsable)",
          "1. Consulter un dossier avec un code").doesNotContain("nouvel entretien", PW);
      assertThat(d.accounts.hasAccounts()).isTrue();
    }
  }

  @Test
  void responsable_createsAMediatorAccount_whoThenRunsInterviews() throws Exception {
    try (ScreenDriver d = desk(null)) {
      d.type("a.martin").enter().type(PW).enter().type(PW).enter();
      assertThat(d.screen()).contains("2. Créer le compte d'un agent");
      d.type("2");
      assertThat(d.screen()).contains("Créer le compte d'un agent", "2. médiateur");
      d.type("c.nguyen").enter().type("9").enter().type(PW).enter().type(PW).enter();
      assertThat(d.screen()).contains("Choisissez le rôle par son numéro");
      d.key(KeyType.Escape);
      d.type("2");
      d.type("c.nguyen").enter().type("2").enter().type(PW).enter().type(PW).enter();
      assertThat(d.screen()).contains("Bienvenue", "Compte « c.nguyen » (médiateur) créé.").doesNotContain(PW);
      d.type("3");
      d.logIn("c.nguyen", PW);
      assertThat(d.screen()).contains("Connecté : c.nguyen (médiateur)", "1. Commencer un nouvel entretien");
    }
  }

  @Test
  void deskInterview_answersAndAuditTrail_nameTheLoggedInAgent() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 100, 30)) {
      d.type("1").enter().type("12/03/1980").enter().type("1");
      UUID id = d.store.sessions().list().get(0).id();
      d.key(KeyType.F4);
      List<AuditEntry> trail = d.store.audit().trail(id);
      assertThat(trail).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("m.durand"));
      assertThat(trail).extracting(AuditEntry::action).contains("SESSION_VIEWED");
    }
  }

  @Test
  void accueil_seesMaskedIncome_whileATravailleurSocialSeesIt() throws Exception {
    ResumeCode code;
    try (ScreenDriver d = desk(Role.TRAVAILLEUR_SOCIAL)) {
      d.logIn("m.durand", PW);
      d.type("1").enter().type("12/03/1980").enter().type("2").type("1").type("450").enter();
      d.type("1").enter().type("0").enter().type("Zoé").enter().type("1234").enter();
      assertThat(d.screen()).contains("Relecture de vos réponses",
          "Quel est votre salaire mensuel ? : 1").doesNotContain(DeskAccess.MASKED);
      code = d.store.sessions().list().get(0).resumeCode();
      d.key(KeyType.F12);
    }
    try (ScreenDriver d = desk(null)) {
      d.accounts.create(new Agent(ScreenDriver.RESPONSABLE, Role.RESPONSABLE), "l.bernard",
          Role.ACCUEIL, PW.toCharArray(), "t");
      d.logIn("l.bernard", PW);
      assertThat(d.screen()).contains("Connecté : l.bernard (accueil)",
          "1. Consulter un dossier avec un code").doesNotContain("nouvel entretien");
      d.type("1").type(code.toString()).enter();
      assertThat(d.screen()).contains("Dossier " + code, "État : entretien en cours",
          "Prochaine étape", "Non visibles pour votre rôle : dates de naissance")
          .doesNotContain("1234", "450", "12/03/1980");
      d.type("1");
      assertThat(d.screen()).contains("Quel est votre salaire mensuel ? : " + DeskAccess.MASKED,
          "Quelle est votre date de naissance ? : " + DeskAccess.MASKED)
          .doesNotContain("1234", "450", "12/03/1980", "1980")
          .doesNotContain("pour la modifier", "modifier une réponse", "F10");
      d.enter();
      assertThat(d.screen()).contains(Flow.READ_ONLY);
      UUID id = d.store.sessions().findByCode(code).orElseThrow().id();
      assertThat(d.store.audit().trail(id)).filteredOn(e -> e.actor().equals("l.bernard"))
          .extracting(AuditEntry::action, AuditEntry::detail)
          .contains(org.assertj.core.groups.Tuple.tuple("SESSION_VIEWED", "status"),
              org.assertj.core.groups.Tuple.tuple("SESSION_VIEWED", "review"));
    }
  }

  @Test
  void desk_whenIdlePastTheLockTime_goesBackToTheLoginScreen() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 100, 30)) {
      d.type("1").enter().type("12/03/1980");
      d.clock.advance(TuiSettings.DEFAULT_DESK_LOCK.plusSeconds(1));
      d.pump();
      assertThat(d.screen()).contains("Connexion de l'agent", "Écran verrouillé")
          .doesNotContain("12/03/1980");
    }
  }
}
