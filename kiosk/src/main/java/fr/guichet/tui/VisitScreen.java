package fr.guichet.tui;

import fr.guichet.session.Changes;
import fr.guichet.session.DocumentLine;
import fr.guichet.session.FollowUpService;
import fr.guichet.session.InterviewSession;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The start of a visit at the desk, for a saved session: which visit this is, what changed since
 * the previous one, how many documents are still missing, and where to go from here.
 */
final class VisitScreen extends MenuScreen {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final InterviewSession session;

  VisitScreen(GuichetUi ui, InterviewSession session) {
    super(ui);
    this.session = session;
    menu.add("Reprendre l'entretien", () -> ui.flow().showCurrent())
        .add("Pièces à apporter et pièces reçues", () -> ui.flow().documents())
        .add("Ce qui a changé depuis la dernière visite", () -> ui.flow().changes())
        .add("Notes du dossier", () -> ui.flow().notes())
        .add("Voir les résultats", () -> ui.flow().end())
        .add("Fermer le dossier", () -> ui.flow().leave());
  }

  @Override
  protected void build() {
    FollowUpService followUp = ui.flow().service().followUp();
    String code = session.code().map(Object::toString).orElse("");
    panel.addComponent(Themes.bold(text("Dossier " + code + " — visite n° "
        + session.visit().map(v -> String.valueOf(v.number())).orElse("1"))));
    session.visit().ifPresent(v -> panel.addComponent(text("Résultats calculés avec les règles"
        + " en vigueur le " + DAY.format(v.rulesDate()) + ".")));
    space();
    Changes changes = followUp.changes(ui.flow().session(), ui.access().who());
    if (changes.visit() <= 1) {
      panel.addComponent(text("Première visite enregistrée pour ce dossier."));
    } else if (changes.none()) {
      panel.addComponent(text("Rien n'a changé depuis la visite précédente."));
    } else {
      panel.addComponent(text(changes.answers().size() + " réponse(s) et "
          + changes.results().size() + " résultat(s) ont changé depuis la visite précédente."));
    }
    List<DocumentLine> documents = followUp.documents(ui.flow().session(), session.results());
    long missing = documents.stream().filter(DocumentLine::missing).count();
    panel.addComponent(text(missing == 0 ? "Aucune pièce n'est attendue."
        : missing + " pièce(s) sur " + documents.size() + " encore à apporter."));
    space();
    panel.addComponent(menu.component());
    addMessage();
  }

  @Override
  boolean back() {
    ui.flow().showCurrent();
    return true;
  }

  @Override
  String keys() {
    return "1 à 6, ou flèches puis Entrée : choisir   Échap : reprendre l'entretien"
        + "   F12 : quitter";
  }
}
