package fr.guichet.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.commune.DirectoryCommuneResolver;
import fr.guichet.engine.PreparedAnswers;
import fr.guichet.engine.Replay;
import fr.guichet.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs an interview headless from an answers file and prints what happened, as JSON. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rejoue un entretien sans écran à partir d'un fichier de réponses et affiche le résultat en JSON.")
final class ReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--answers", required = true, paramLabel = "FICHIER", description = "Réponses (JSON ou YAML).")
  Path answers;

  @Option(names = "--today", paramLabel = "AAAA-MM-JJ", description = "Date de l'entretien (par défaut : aujourd'hui).")
  String today;

  @Mixin ScriptOption script = new ScriptOption();

  @Option(names = "--pdf", paramLabel = "FICHIER.pdf", description = "Écrit aussi le récapitulatif imprimable de l'entretien dans ce PDF.")
  Path pdf;

  @Option(names = "--format", paramLabel = "a4|receipt", description = "Papier du PDF : a4 (par défaut) ou receipt (ticket 80 mm).")
  String format;

  @Option(names = "--save", description = "Enregistre les réponses comme un dossier (le PDF porte alors son vrai code de reprise).")
  boolean save;

  @Option(names = "--resume", paramLabel = "CODE", description = "Applique les réponses au dossier de ce code, comme une nouvelle visite (implique --save).")
  String resume;

  @Option(names = "--data", paramLabel = "DOSSIER", description = "Dossier de données pour --save (sinon $GUICHET_DATA, sinon $XDG_DATA_HOME/guichet, sinon $HOME/.local/share/guichet).")
  String data;

  @Option(names = "--lang", paramLabel = "LANGUE", description = "Langue de l'entretien et du papier : fr (par défaut), en, uk… parmi celles du script.")
  String language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date;
    try {
      date = today == null ? LocalDate.now() : LocalDate.parse(today);
    } catch (DateTimeParseException e) {
      err.println("Date invalide pour --today : « " + today + " » (attendu AAAA-MM-JJ).");
      return 2;
    }
    Script loaded = script.loadOrReport(err);
    if (loaded == null) return 1;
    if (language != null && !loaded.languages().contains(language)) {
      err.println("Langue « " + language + " » non proposée par ce script (" + String.join(", ", loaded.languages()) + ").");
      return 2;
    }
    Map<String, String> prepared;
    try {
      prepared = PreparedAnswers.flatten(AnswersFile.read(answers), loaded.household());
    } catch (AnswersFile.Unreadable e) {
      err.println(e.getMessage());
      return 2;
    } catch (PreparedAnswers.MalformedAnswers e) {
      err.println(answers + " : " + e.getMessage());
      return 2;
    }
    fr.guichet.print.PaperFormat paper = Summaries.format(format);
    if (paper == null) {
      err.println("Format inconnu : « " + format + " » (a4 ou receipt).");
      return 2;
    }
    ReplayOutputs.Outcome outcome = ReplayOutputs.run(save || resume != null, resume, data, pdf,
        paper, loaded, date, prepared, err, language);
    if (outcome == null) return 1;
    Replay.Report report = outcome.report();
    out.println(ReplayJson.of(loaded, date, report, Eligibility.check().check(report.interview()),
        outcome.code().map(Object::toString).orElse(null)));
    return 0;
  }

  /** The replay report as the JSON document the command prints. */
  static final class ReplayJson {
    /** Numbers and booleans stay JSON numbers and booleans; dates become AAAA-MM-JJ text. */
    private static Object plain(Object value) {
      if (value instanceof java.time.LocalDate date) return date.toString();
      if (value instanceof java.util.List<?> list) return list.stream().map(ReplayJson::plain).toList();
      return value;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** With {@code resumeCode} (null when the replay was not saved) as "resume_code". */
    static String of(Script script, LocalDate date, Replay.Report report, java.util.List<fr.guichet.eligibility.Conclusion> conclusions,
        String resumeCode) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("script", script.id()).put("version", script.version()).put("today", date.toString())
          .put("language", report.interview().language());
      if (resumeCode != null) root.put("resume_code", resumeCode);
      ArrayNode asked = root.putArray("asked");
      report.asked().forEach(asked::add);
      ArrayNode rejected = root.putArray("rejected");
      report.rejected().forEach(r -> rejected.addObject().put("question", r.key()).put("value", r.value()).put("message", r.message()));
      ObjectNode kept = root.putObject("answers");
      report.answers().forEach(kept::put);
      ObjectNode computed = root.putObject("computed");
      report.computed().forEach((name, value) -> computed.set(name, MAPPER.valueToTree(plain(value))));
      root.put("finished", report.finished());
      if (report.waitingAt() != null) root.put("waiting_at", report.waitingAt());
      ArrayNode unused = root.putArray("unused");
      report.unused().forEach(unused::add);
      ArrayNode results = root.putArray("results");
      for (fr.guichet.eligibility.Conclusion c : conclusions) {
        ObjectNode result = results.addObject().put("id", c.id()).put("name", c.name()).put("status", c.statusWord());
        c.monthlyAmount().ifPresent(amount -> result.put("monthly_amount", amount));
        if (!c.amountNote().isEmpty()) result.put("amount_note", c.amountNote());
        c.reasons().forEach(result.putArray("reasons")::add);
        if (!c.missing().isEmpty()) c.missing().forEach(result.putArray("missing")::add);
        if (!c.documents().isEmpty()) c.documents().forEach(result.putArray("documents")::add);
        result.put("handled_by", c.handledBy());
        if (c.alreadyReceived()) result.put("already_received", true);
      }
      try {
        return MAPPER.writeValueAsString(root);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("cannot write replay report", e);
      }
    }
  }
}
