package fr.guichet.privacy;

import fr.guichet.store.audit.AuditEntry;
import fr.guichet.store.personal.SessionRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes everything held on one person's session as JSON (the right of access): the session,
 * the person's choices, birth date, current answers, every answer ever given, notes, documents
 * received, and the session's audit trail. Field names are French: the file is for the person.
 */
public final class SessionExport {
  /** Identifies the layout of the file, for whoever reads it later. */
  public static final String FORMAT = "guichet-export-1";

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson(SessionRecord r, Instant exportedAt) {
    ObjectNode root = json.createObjectNode();
    root.put("format", FORMAT);
    root.put("exporte_le", exportedAt.toString());
    ObjectNode session = root.putObject("dossier");
    session.put("id", r.session().id().toString());
    session.put("code", r.session().resumeCode().toString());
    session.put("script", r.session().scriptId());
    session.put("version_script", r.session().scriptVersion());
    session.put("etat", r.session().status().name());
    session.put("cree_le", r.session().createdAt().toString());
    session.put("modifie_le", r.session().updatedAt().toString());
    ObjectNode choices = root.putObject("choix_de_la_personne");
    putChoice(choices, "enregistrer_pour_reprendre", r.consentSave());
    putChoice(choices, "partager_avec_les_services_du_ccas", r.consentShare());
    r.birthDate().ifPresentOrElse(d -> root.put("date_naissance_pour_reprise", d.toString()),
        () -> root.putNull("date_naissance_pour_reprise"));
    ObjectNode answers = root.putObject("reponses");
    r.answers().forEach(answers::put);
    ArrayNode history = root.putArray("historique_des_reponses");
    for (fr.guichet.store.session.AnswerEvent e : r.history()) {
      ObjectNode n = history.addObject();
      n.put("numero", e.seq());
      n.put("question", e.key());
      e.value().ifPresentOrElse(v -> n.put("valeur", v), () -> n.put("effacee", true));
      n.put("par", e.actor());
      n.put("poste", e.terminal());
      n.put("le", e.at().toString());
    }
    ArrayNode notes = root.putArray("notes");
    for (SessionRecord.Note note : r.notes()) {
      notes.addObject().put("le", note.at().toString()).put("par", note.author())
          .put("poste", note.terminal())
          .put("type", note.kind() == fr.guichet.store.personal.NoteKind.SOCIAL ? "suivi_social" : "accueil")
          .put("texte", note.text());
    }
    ArrayNode docs = root.putArray("documents");
    for (fr.guichet.store.personal.DocumentStatus d : r.documents()) {
      docs.addObject().put("document", d.documentId())
          .put("etat", d.state() == fr.guichet.store.personal.DocumentStatus.State.RECU ? "recu" : "sans_objet")
          .put("le", d.at().toString()).put("par", d.by());
    }
    r.identity().ifPresentOrElse(id -> root.putObject("identite").put("nom", id.nom())
        .put("prenom", id.prenom()).put("telephone", id.telephone()).put("courriel", id.courriel()),
        () -> root.putNull("identite"));
    ArrayNode visits = root.putArray("visites");
    for (fr.guichet.store.session.Visit v : r.visits()) {
      visits.addObject().put("numero", v.number()).put("le", v.startedAt().toString())
          .put("site", v.site()).put("poste", v.terminal()).put("par", v.actor())
          .put("role", v.role()).put("regles_du", v.rulesDate().toString());
    }
    ArrayNode audit = root.putArray("journal");
    for (AuditEntry a : r.auditTrail()) {
      audit.addObject().put("le", a.at().toString()).put("par", a.actor())
          .put("poste", a.terminal()).put("action", a.action()).put("detail", a.detail());
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON export failed", e);
    }
  }

  private static void putChoice(ObjectNode node, String name, Optional<Boolean> choice) {
    choice.ifPresentOrElse(v -> node.put(name, v), () -> node.putNull(name));
  }
}
