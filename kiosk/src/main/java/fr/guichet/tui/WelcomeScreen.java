package fr.guichet.tui;

import fr.guichet.i18n.AppTexts;
import java.util.ArrayList;
import java.util.List;


/** First screen: start a new interview, or resume one with a code. Shows nothing personal. */
final class WelcomeScreen extends MenuScreen {
  private List<String> languages = List.of();

  WelcomeScreen(GuichetUi ui) {
    super(ui);
    if (ui.settings().kiosk()) {
      menu.add(ui.texts().get("welcome.start"), () -> ui.flow().newInterview())
          .add(ui.texts().get("welcome.resume"), () -> ui.flow().showResume());
      languages = kioskLanguages(ui);
      for (String language : languages) {
        menu.add(AppTexts.LANGUAGES.get(language), () -> {
          ui.useLanguage(language);
          ui.show(new WelcomeScreen(ui));
        });
      }
    } else if (ui.access().mayRunInterviews()) {
      menu.add("Commencer un nouvel entretien", () -> ui.flow().newInterview())
          .add("Reprendre un entretien avec un code", () -> ui.flow().showResume());
    } else {
      menu.add("Consulter un dossier avec un code", () -> ui.flow().showResume());
    }
    if (!ui.settings().kiosk() && ui.access().managesAccounts()) {
      menu.add("Créer le compte d'un agent", () -> ui.show(new AgentAccountScreen(ui)));
    }
    if (!ui.settings().kiosk()) {
      menu.add("Se déconnecter", () -> ui.access().logOut());
    }
  }

  /** The kiosk offers the other languages the interview and the screens both speak, each by its own name. */
  private static List<String> kioskLanguages(GuichetUi ui) {
    List<String> offered = new ArrayList<>();
    for (String language : ui.flow().service().script().languages()) {
      if (AppTexts.LANGUAGES.containsKey(language) && !language.equals(ui.language())) {
        offered.add(language);
      }
    }
    return offered;
  }

  @Override
  protected void build() {
    if (ui.settings().kiosk()) {
      buildKiosk();
      return;
    }
    panel.addComponent(Themes.bold(text("Bienvenue")));
    ui.access().agent().ifPresent(agent -> panel.addComponent(
        text("Connecté : " + agent.username() + " (" + agent.role().label() + ")")));
    space();
    panel.addComponent(text(ui.settings().kiosk()
        ? "Cette borne vous aide à savoir à quelles aides vous avez peut-être droit,"
            + " et où vous adresser. Répondez à une question à la fois."
        : "Entretien d'accueil : situation de la personne, aides possibles, où s'adresser."));
    space();
    panel.addComponent(text("Que souhaitez-vous faire ?"));
    panel.addComponent(menu.component());
    space();
    addMessage();
  }

  private void buildKiosk() {
    panel.addComponent(Themes.bold(text(ui.texts().get("welcome.title"))));
    space();
    panel.addComponent(text(ui.texts().get("welcome.kiosk.intro")));
    space();
    if (!languages.isEmpty()) {
      StringBuilder numbers = new StringBuilder();
      for (int n = firstLanguageNumber(); n <= menu.size(); n++) {
        numbers.append(numbers.length() == 0 ? "" : ", ").append(n);
      }
      panel.addComponent(text(ui.texts().get("language.choose") + " " + numbers));
    }
    panel.addComponent(text(ui.texts().get("welcome.question")));
    panel.addComponent(menu.component());
    space();
    addMessage();
  }

  private int firstLanguageNumber() {
    return menu.size() - languages.size() + 1;
  }

  @Override
  boolean personal() {
    return false;
  }

  @Override
  String keys() {
    return ui.settings().kiosk()
        ? ui.texts().get("welcome.kiosk.keys")
        : "1 à " + menu.size() + ", ou flèches puis Entrée : choisir   F12 : quitter";
  }

  @Override
  Menu spokenMenu() {
    return menu;
  }
}
