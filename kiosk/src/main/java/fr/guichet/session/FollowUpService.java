package fr.guichet.session;

import fr.guichet.access.Permission;
import fr.guichet.access.Role;
import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.engine.Interview;
import fr.guichet.engine.Review;
import fr.guichet.store.Stores;
import fr.guichet.store.personal.DocumentStatus;
import fr.guichet.store.personal.Identity;
import fr.guichet.store.personal.NoteKind;
import fr.guichet.store.personal.SessionRecord;
import fr.guichet.store.session.AnswerEvent;
import fr.guichet.store.session.FollowUp;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The social worker's follow-up on a saved session: documents to bring and received, notes, what
 * changed since the previous visit, the person's identity and the search by name, assignment,
 * caseload and closing. Every method checks the role first and refuses with a French
 * {@link RefusedException}; nothing is changed by a refused call.
 */
public final class FollowUpService {
  static final String NOT_ALLOWED = "Votre rôle ne permet pas de faire cela.";

  private final SessionService service;
  private final Stores stores;

  FollowUpService(SessionService service) {
    this.service = service;
    this.stores = service.stores();
  }

  /** The session a typed code names; refused when malformed or unknown. */
  public Session find(String typedCode) {
    ResumeCode code = ResumeCode.parse(typedCode)
        .orElseThrow(() -> RefusedException.usage(SessionService.BAD_CODE));
    return stores.sessions().findByCode(code)
        .orElseThrow(() -> RefusedException.refused(SessionService.NO_SUCH_CODE));
  }

  /** Every document the current results ask for, merged, with what was recorded about it. */
  public List<DocumentLine> documents(Session session, Who who) {
    require(who, Permission.FIND_SESSIONS);
    return documents(session, service.results().check(service.rebuild(session)));
  }

  /**
   * The documents of {@code conclusions}: those of the likely results, and of the results that
   * cannot be told for a reason other than a missing answer (early in an interview, every
   * result waits for answers, and the list would be every document there is).
   */
  public List<DocumentLine> documents(Session session, List<Conclusion> conclusions) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> neededFor = new LinkedHashMap<>();
    for (Conclusion c : conclusions) {
      if (!c.toClaim()
          || (c.status() == EligibilityStatus.CANNOT_TELL && !c.missing().isEmpty())) {
        continue;
      }
      for (String label : c.documents()) {
        String id = DocumentIds.of(label);
        labels.putIfAbsent(id, label);
        neededFor.computeIfAbsent(id, k -> new ArrayList<>()).add(c.name());
      }
    }
    Map<String, DocumentStatus> recorded = new LinkedHashMap<>();
    stores.personal().documentStatuses(session.id()).forEach(d -> recorded.put(d.documentId(), d));
    List<DocumentLine> lines = new ArrayList<>();
    labels.forEach((id, label) -> lines.add(new DocumentLine(id, label, neededFor.get(id),
        Optional.ofNullable(recorded.get(id)))));
    return lines;
  }

  /** Records a document as received, not needed, or (state null) to bring again. */
  public void setDocument(Session session, String documentId, DocumentStatus.State state, Who who) {
    require(who, Permission.RECORD_DOCUMENTS);
    boolean known = documents(session, who).stream().anyMatch(d -> d.id().equals(documentId));
    if (!known) {
      throw RefusedException.refused("Ce dossier ne demande pas de pièce « " + documentId
          + " ». Les pièces demandées sont listées par « guichet documents CODE ».");
    }
    if (state == null) {
      stores.personal().clearDocumentStatus(session.id(), documentId, who.actor());
    } else {
      stores.personal().setDocumentStatus(session.id(), documentId, state, who.actor());
    }
  }

  /** The notes this role may read, oldest first (the reading is audited). */
  public List<SessionRecord.Note> notes(Session session, Who who) {
    Set<NoteKind> kinds = readable(who);
    if (kinds.isEmpty()) {
      throw RefusedException.refused(NOT_ALLOWED);
    }
    return stores.personal().notes(session.id(), kinds, who.actor());
  }

  /** The kinds of note {@code who} may read: none at a kiosk. */
  public Set<NoteKind> readable(Who who) {
    if (who.role().isEmpty()) {
      return Set.of();
    }
    Set<NoteKind> kinds = EnumSet.of(NoteKind.ACCUEIL);
    if (service.policy().maySeeNotes(who.role().get())) {
      kinds.add(NoteKind.SOCIAL);
    }
    return kinds;
  }

  /** The kind of note {@code who} writes: social for the roles that may, else accueil. */
  public NoteKind writes(Who who) {
    if (who.role().isEmpty()) {
      throw RefusedException.refused(NOT_ALLOWED);
    }
    return who.may(Permission.WRITE_NOTES) ? NoteKind.SOCIAL : NoteKind.ACCUEIL;
  }

  public void addNote(Session session, String text, Who who) {
    String cleaned = text == null ? "" : text.strip();
    if (cleaned.isEmpty()) {
      throw RefusedException.usage("La note est vide : rien n'a été enregistré.");
    }
    if (cleaned.length() > 20_000) {
      throw RefusedException.usage("La note est trop longue (20 000 caractères au plus).");
    }
    stores.personal().addNote(session.id(), writes(who), cleaned, who.actor());
  }

  /** What changed since the previous visit, answers and results. */
  public Changes changes(Session session, Who who) {
    require(who, Permission.RUN_INTERVIEWS);
    List<Visit> visits = stores.visits().visits(session.id());
    if (visits.isEmpty()) {
      return new Changes(0, List.of(), List.of());
    }
    Visit current = visits.get(visits.size() - 1);
    Interview interview = service.rebuild(session);
    List<Changes.AnswerChange> answers = answerChanges(session, current, interview, who);
    List<Changes.ResultChange> results = new ArrayList<>();
    if (visits.size() > 1) {
      ResultsSnapshot before = visits.get(visits.size() - 2).results()
          .map(ResultsSnapshot::fromJson).orElse(new ResultsSnapshot(Map.of()));
      ResultsSnapshot now = ResultsSnapshot.of(service.results().check(interview));
      now.lines().forEach((id, line) -> {
        ResultsSnapshot.Line old = before.lines().get(id);
        String was = old == null ? "" : old.said();
        if (!was.equals(line.said())) {
          results.add(new Changes.ResultChange(id, line.name(), was, line.said()));
        }
      });
    }
    return new Changes(current.number(), answers, results);
  }

  private List<Changes.AnswerChange> answerChanges(Session session, Visit current,
      Interview interview, Who who) {
    if (current.number() == 1) {
      return List.of();
    }
    Map<String, String> before = new LinkedHashMap<>();
    Map<String, AnswerEvent> latest = new LinkedHashMap<>();
    for (AnswerEvent e : stores.visits().history(session.id())) {
      if (e.seq() <= current.firstSeq()) {
        e.value().ifPresentOrElse(v -> before.put(e.key(), v), () -> before.remove(e.key()));
      } else {
        latest.put(e.key(), e);
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Review.Line line : interview.review().answered()) {
      labels.put(line.key(), line.label());
    }
    List<Changes.AnswerChange> changes = new ArrayList<>();
    latest.forEach((key, event) -> {
      String was = before.getOrDefault(key, "");
      String now = event.value().orElse("");
      if (!was.equals(now)) {
        changes.add(new Changes.AnswerChange(key, labels.getOrDefault(key, key),
            shown(who, interview, key, was), shown(who, interview, key, now), event.actor(),
            event.at()));
      }
    });
    return changes;
  }

  private String shown(Who who, Interview interview, String key, String value) {
    if (value.isEmpty()) {
      return value;
    }
    if (who.role().isPresent() && !service.policy().maySee(who.role().get(), key)) {
      return "(masqué)";
    }
    return interview.shown(key, value);
  }

  /** Records the person's identity, with their consent (the agent confirms it was given). */
  public void setIdentity(Session session, Identity identity, Who who) {
    require(who, Permission.RUN_INTERVIEWS);
    if (identity.nom().isBlank() || identity.prenom().isBlank()) {
      throw RefusedException.usage("Le nom et le prénom sont tous deux nécessaires.");
    }
    stores.personal().setIdentity(session.id(), identity, who.actor());
  }

  public Optional<Identity> identity(Session session, Who who) {
    require(who, Permission.FIND_SESSIONS);
    return stores.personal().identity(session.id(), who.actor());
  }

  /** Sessions whose recorded name and birth date match; audited, the name never logged. */
  public List<Session> search(String nom, String typedBirthDate, Who who) {
    if (!who.may(Permission.SEARCH_BY_NAME)) {
      throw RefusedException.refused("Votre rôle ne permet pas de rechercher un dossier par nom.");
    }
    if (nom == null || fr.guichet.store.personal.NameKey.fold(nom).isEmpty()) {
      throw RefusedException.usage("Indiquez le nom de la personne.");
    }
    LocalDate birthDate = BirthDates.parse(typedBirthDate, service.today())
        .orElseThrow(() -> RefusedException.usage("Date de naissance invalide : « "
            + typedBirthDate + " » (attendu JJ/MM/AAAA)."));
    return stores.personal().search(nom, birthDate, who.actor());
  }

  /** Assigns the session to a service and/or a worker. */
  public void assign(Session session, String serviceId, String worker, Who who) {
    require(who, Permission.RUN_INTERVIEWS);
    stores.visits().assign(session.id(), serviceId, worker, who.actor());
  }

  /** Closes the follow-up with an outcome; the session is finished. */
  public void close(Session session, ClosingOutcome outcome, Who who) {
    require(who, Permission.RUN_INTERVIEWS);
    stores.visits().close(session.id(), outcome.id(), who.actor());
    stores.stats().recordOutcome(session.id(), outcome.id());
  }

  /** The sessions assigned to {@code who}, with their state and missing documents. */
  public List<CaseloadLine> caseload(Who who) {
    require(who, Permission.RUN_INTERVIEWS);
    List<CaseloadLine> lines = new ArrayList<>();
    for (Session s : stores.visits().assignedTo(who.actor().user())) {
      FollowUp followUp = stores.visits().followUp(s.id());
      int missing = followUp.closed() ? 0
          : (int) documents(s, service.results().check(service.rebuild(s))).stream()
              .filter(DocumentLine::missing).count();
      String state = followUp.closed() ? CaseloadLine.CLOS
          : missing > 0 ? CaseloadLine.EN_ATTENTE
          : followUp.serviceId().isPresent() ? CaseloadLine.ORIENTE : CaseloadLine.EN_COURS;
      lines.add(new CaseloadLine(s, state, missing));
    }
    return lines;
  }

  private static void require(Who who, Permission permission) {
    if (!who.may(permission)) {
      throw RefusedException.refused(NOT_ALLOWED);
    }
  }
}
