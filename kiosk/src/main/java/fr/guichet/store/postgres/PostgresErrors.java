package fr.guichet.store.postgres;

import fr.guichet.store.StoreException;
import java.sql.SQLException;

/** Turns PostgreSQL failures into French sentences for the screen (by SQLSTATE class). */
final class PostgresErrors {
  private PostgresErrors() {}

  static String french(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
      return "le serveur de la base de données ne répond pas (réseau coupé ou serveur arrêté)."
          + " Les réponses restent à l'écran ; réessayez dans un instant.";
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "le serveur refuse le rôle ou le mot de passe (vérifiez user et password_file).";
    }
    if (state.equals("3D000")) {
      return "la base nommée dans l'url n'existe pas sur le serveur.";
    }
    if (state.equals("53100")) {
      return "le disque du serveur est plein : l'enregistrement est impossible.";
    }
    if (state.equals("25006")) {
      return "le serveur est en lecture seule : l'enregistrement est impossible.";
    }
    if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
      return "la base est occupée par un autre poste. Réessayez dans un instant.";
    }
    if (state.startsWith("42")) {
      return "le rôle n'a pas les droits nécessaires sur la base, ou le schéma n'est pas celui"
          + " de Guichet.";
    }
    return "erreur du serveur de la base de données : l'enregistrement est impossible.";
  }

  /** The failure of {@code what}, French for the screen and English (with SQLSTATE) for the log. */
  static StoreException translate(String url, String what, SQLException e) {
    String message = french(e);
    return new StoreException(Character.toUpperCase(message.charAt(0)) + message.substring(1),
        "PostgreSQL failure during " + what + " on " + url + " (SQLSTATE " + e.getSQLState() + ")",
        e);
  }
}
