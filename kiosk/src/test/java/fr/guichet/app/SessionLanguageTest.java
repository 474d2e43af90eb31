package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.session.InterviewSession;
import fr.guichet.session.Opening;
import fr.guichet.session.SessionService;
import fr.guichet.session.SessionView;
import fr.guichet.session.Who;
import fr.guichet.store.DataDirectory;
import fr.guichet.store.Stores;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.sqlite.SqliteStores;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLanguageTest {

  private static final Script SCRIPT = new ScriptLoader().parse("langues.yaml", """
      id: langues
      version: "1"
      title: Langues
      languages: [fr, en, uk]
      household:
        id: foyer
        members:
          - role: demandeur
            label: {fr: vous, en: you, uk: ви}
      sections:
        - id: s
          title: {fr: Votre logement, en: Your home, uk: Ваше житло}
          items:
            - id: locataire
              type: yes_no
              label:
                fr: Êtes-vous locataire ?
                en: Do you rent your home?
                uk: Ви орендуєте житло?
            - id: loyer
              type: money
              label:
                fr: Quel est votre loyer ?
                en: How much is your rent?
                uk: Скільки ви платите за оренду?
      """);

  @TempDir Path data;

  private SessionService service(Stores stores) {
    return SessionServices.of(stores, () -> SCRIPT, DirectoryCommuneResolver.bundled(),
        Clock.systemDefaultZone(), fr.guichet.session.SummaryPrinter.NOT_AVAILABLE);
  }

  private static String label(SessionView view) {
    return ((SessionView.Asking) view).question().label();
  }

  @Test
  void session_whenStartedInUkrainian_resumesInUkrainianAtKioskAndInFrenchAtDesk() {
    ResumeCode code;
    try (Stores stores = SqliteStores.open(DataDirectory.resolve(data.toString()))) {
      InterviewSession kiosk = service(stores).start(Who.kiosk("borne-1"), null, "uk");
      assertThat(label(kiosk.current())).isEqualTo("Ви орендуєте житло?");
      assertThat(label(kiosk.submit("1"))).isEqualTo("Скільки ви платите за оренду?");
      code = kiosk.saveForLater();
      kiosk.close();
    }
    try (Stores stores = SqliteStores.open(DataDirectory.resolve(data.toString()))) {
      SessionService service = service(stores);
      Session saved = stores.sessions().findByCode(code).orElseThrow();
      assertThat(stores.sessions().currentAnswers(saved.id())).containsEntry("locataire", "oui");

      InterviewSession atKiosk = ((Opening.Opened) service.open(saved, Who.kiosk("borne-2"), false)).session();
      assertThat(label(atKiosk.current())).isEqualTo("Скільки ви платите за оренду?");
      atKiosk.close();

      InterviewSession atDesk = ((Opening.Opened) service.openAtDesk(code.toString(), Who.command(PrintCommand.actor()))).session();
      assertThat(label(atDesk.current())).isEqualTo("Quel est votre loyer ?");
      assertThat(atDesk.language()).isEqualTo("uk");
      assertThat(atDesk.shownLanguage()).isEqualTo("fr");

      assertThat(label(atDesk.switchLanguage("en"))).isEqualTo("How much is your rent?");
      atDesk.close();
      assertThat(stores.sessions().language(saved.id())).isEqualTo("en");
      assertThat(stores.sessions().currentAnswers(saved.id())).containsEntry("locataire", "oui");
    }
  }
}
