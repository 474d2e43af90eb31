package fr.guichet.tui;

import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.engine.Review;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Desk, for the roles that consult without running interviews (accueil, responsable): that the
 * session exists, its status and next step, and the answers their role may see, read only.
 */
final class StatusScreen extends MenuScreen {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Session session;

  StatusScreen(GuichetUi ui, Session session) {
    super(ui);
    this.session = session;
    menu.add("Voir les réponses (celles que votre rôle permet de voir)",
            () -> ui.flow().review())
        .add("Fermer le dossier", () -> ui.flow().leave());
  }

  @Override
  protected void build() {
    Review review = ui.flow().interview().review();
    ZoneId zone = ui.services().clock().getZone();
    panel.addComponent(Themes.bold(text("Dossier " + session.resumeCode())));
    space();
    panel.addComponent(text("État : " + status(session.status())));
    panel.addComponent(text("Commencé le " + DAY.format(session.createdAt().atZone(zone))
        + ", dernière activité le " + DAY.format(session.updatedAt().atZone(zone)) + "."));
    panel.addComponent(text("Prochaine étape : " + nextStep(session.status(), review)));
    space();
    java.util.List<String> hidden = ui.access().hiddenCategories();
    panel.addComponent(text("Consultation seule." + (hidden.isEmpty() ? ""
        : " Non visibles pour votre rôle : " + String.join(" ; ", hidden) + ".")));
    space();
    panel.addComponent(menu.component());
    addMessage();
  }

  static String status(SessionStatus status) {
    return switch (status) {
      case EN_COURS -> "entretien en cours";
      case TERMINEE -> "entretien terminé";
      case ABANDONNEE -> "entretien abandonné";
    };
  }

  static String nextStep(SessionStatus status, Review review) {
    if (status == SessionStatus.TERMINEE) {
      return "orienter la personne vers le service indiqué sur son récapitulatif.";
    }
    if (!review.complete()) {
      return "poursuivre l'entretien avec un médiateur ou un travailleur social ("
          + review.missing().size() + " question(s) sans réponse).";
    }
    return "toutes les questions ont une réponse : un médiateur ou un travailleur social"
        + " termine l'entretien avec la personne.";
  }

  @Override
  boolean back() {
    ui.flow().leave();
    return true;
  }

  @Override
  String keys() {
    return "1 ou 2, ou flèches puis Entrée : choisir   Échap : fermer   F12 : quitter";
  }
}
