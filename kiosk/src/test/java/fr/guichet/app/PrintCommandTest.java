package fr.guichet.app;

import fr.guichet.store.DataDirectory;
import fr.guichet.store.session.ResumeCode;
import fr.guichet.store.session.Session;
import fr.guichet.store.session.SessionStatus;
import fr.guichet.store.Stores;
import fr.guichet.store.sqlite.SqliteStores;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.summary.PdfReading;
import fr.guichet.summary.Personas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** {@code guichet replay --save --pdf} and {@code guichet print CODE}, end to end on a real store. */
class PrintCommandTest {

  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  /** Replays the tenant persona with --save --pdf; returns the code the command printed. */
  private ResumeCode replaySaved(Path pdf) throws IOException {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, Personas.TENANT);
    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--today", "2026-11-25",
        "--save", "--data", data().toString(), "--pdf", pdf.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    ResumeCode code = ResumeCode.parse(json.get("resume_code").asText()).orElseThrow();
    assertThat(result.err()).contains("Code de reprise : " + code);
    return code;
  }

  @Test
  void replaySaveThenPrint_qrDecodedFromEachPdf_resumesTheSameAnswers() throws Exception {
    Path replayPdf = dir.resolve("replay.pdf");
    ResumeCode code = replaySaved(replayPdf);
    Map<String, String> replayed = Personas.replay(Personas.TENANT).answers();

    ResumeCode fromReplayPdf = ResumeCode.parse(PdfReading.qrOnFirstPage(Files.readAllBytes(replayPdf))).orElseThrow();
    Path printed = dir.resolve("imprime.pdf");
    Cli.Result print = Cli.runRaw(List.of(), "print", code.toString(), "--out", printed.toString(),
        "--today", "2026-11-25", "--data", data().toString());
    ResumeCode fromPrintPdf = ResumeCode.parse(PdfReading.qrOnFirstPage(Files.readAllBytes(printed))).orElseThrow();

    assertThat(print.exit()).as(print.err()).isZero();
    assertThat(print.out()).contains(printed.toAbsolutePath().toString()).contains(code.toString());
    assertThat(fromReplayPdf).isEqualTo(code);
    assertThat(fromPrintPdf).isEqualTo(code);
    try (Stores store = SqliteStores.open(DataDirectory.of(data()))) {
      Session session = store.sessions().findByCode(fromPrintPdf).orElseThrow();
      // As at the desk, information screens are saved as seen ("vu") beside the answers.
      assertThat(store.sessions().currentAnswers(session.id())).containsAllEntriesOf(replayed);
      assertThat(session.status()).isEqualTo(SessionStatus.TERMINEE);
      assertThat(store.audit().trail(session.id())).filteredOn(entry -> entry.action().equals("PRINTED"))
          .extracting(entry -> entry.detail()).containsExactly("a4:file", "a4:file");
    }
    // The same interview, the same day: the same paper from both commands.
    assertThat(PdfReading.text(Files.readAllBytes(printed))).isEqualTo(PdfReading.text(Files.readAllBytes(replayPdf)));
  }

  @Test
  void replaySave_recordsTheBirthDateAsSecondFactor() throws Exception {
    ResumeCode code = replaySaved(dir.resolve("r.pdf"));

    try (Stores store = SqliteStores.open(DataDirectory.of(data()))) {
      Session session = store.sessions().findByCode(code).orElseThrow();
      // A finished session is not resumed at a kiosk; the recorded factor is read from the export.
      assertThat(store.personal().export(session.id(), PrintCommand.actor()).orElseThrow().birthDate())
          .contains(java.time.LocalDate.of(1983, 9, 17));
    }
  }

  @Test
  void replayPdf_withoutSave_saysNotSavedAndStoresNothing() throws Exception {
    Path answers = dir.resolve("reponses.yaml");
    Files.writeString(answers, Personas.TENANT);
    Path pdf = dir.resolve("ticket.pdf");

    Cli.Result result = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--today", "2026-11-25",
        "--pdf", pdf.toString(), "--format", "receipt", "--data", data().toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).has("resume_code")).isFalse();
    assertThat(PdfReading.text(Files.readAllBytes(pdf))).contains("(non enregistré)");
    assertThat(PdfReading.pageSizes(Files.readAllBytes(pdf))).singleElement()
        .satisfies(page -> assertThat(page.getWidth()).isCloseTo(80 * PdfReading.MM, org.assertj.core.api.Assertions.within(1f)));
    assertThat(data()).doesNotExist();
  }

  @Test
  void print_whenPrinterDoesNotExist_keepsThePdfOwnerOnlyAndSaysWhereWithTheCode() throws Exception {
    ResumeCode code = replaySaved(dir.resolve("r.pdf"));

    Cli.Result result = Cli.runRaw(List.of(), "print", code.compact(), "--printer", "Guichet-Absente-" + ProcessHandle.current().pid(),
        "--today", "2026-11-25", "--data", data().toString());

    assertThat(result.exit()).isEqualTo(PrintCommand.KEPT);
    Path folder = data().resolve("pdf");
    List<Path> kept;
    try (Stream<Path> files = Files.list(folder)) {
      kept = files.toList();
    }
    assertThat(kept).singleElement().satisfies(file -> {
      assertThat(file.getFileName().toString()).startsWith("recapitulatif-" + code + "-").endsWith(".pdf");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      assertThat(ResumeCode.parse(PdfReading.qrOnFirstPage(Files.readAllBytes(file)))).contains(code);
    });
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    assertThat(result.err()).contains("L'imprimante n'a pas été trouvée.").contains("n'est pas imprimé")
        .contains(kept.get(0).toString()).contains("Code du dossier : " + code);
    try (Stream<Path> leftovers = Files.list(folder)) {
      assertThat(leftovers.filter(f -> f.toString().endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void print_printoutOfARoutingPersona_showsItsServiceHours() throws Exception {
    Path answers = dir.resolve("sans-domicile.yaml");
    Files.writeString(answers, Personas.HOMELESS);
    Cli.Result saved = Cli.runRaw(List.of(), "replay", "--answers", answers.toString(), "--today", "2026-11-25",
        "--save", "--data", data().toString());
    String code = new ObjectMapper().readTree(saved.out()).get("resume_code").asText();
    Path out = dir.resolve("p.pdf");

    Cli.Result result = Cli.runRaw(List.of(), "print", code, "--out", out.toString(), "--format", "receipt",
        "--today", "2026-11-25", "--data", data().toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(PdfReading.text(Files.readAllBytes(out))).contains("CIAS — point courrier (domiciliation)")
        .contains("Lundi, mercredi, vendredi : 9 h – 11 h 30");
  }

  @Test
  void print_whenCodeUnknownOrMistyped_exitsOneOrTwo() {
    String unknown = Personas.FIXED_CODE.toString();

    Cli.Result notFound = Cli.runRaw(List.of(), "print", unknown, "--out", dir.resolve("x.pdf").toString(),
        "--data", data().toString());
    Cli.Result mistyped = Cli.runRaw(List.of(), "print", "K7F-M2Q-9XR5", "--data", data().toString());
    Cli.Result badFormat = Cli.runRaw(List.of(), "print", unknown, "--format", "letter", "--data", data().toString());

    assertThat(notFound.exit()).isEqualTo(1);
    assertThat(notFound.err()).contains("Aucun dossier ne correspond au code " + unknown);
    assertThat(mistyped.exit()).isEqualTo(2);
    assertThat(mistyped.err()).contains("Code invalide : « K7F-M2Q-9XR5 »");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  /** Real CUPS: CI starts cupsd with a cups-pdf queue (.ci/start-cups.sh) and names it. */
  @Test
  @EnabledIfEnvironmentVariable(named = "GUICHET_CUPS_QUEUE", matches = ".+")
  void print_toTheCupsPdfQueue_producesAPdfWhoseQrDecodesToTheCode() throws Exception {
    Path output = Path.of(System.getenv().getOrDefault("GUICHET_CUPS_OUTPUT_DIR",
        System.getProperty("user.home") + "/PDF"));
    ResumeCode code = replaySaved(dir.resolve("r.pdf"));
    Map<Path, FileTime> before = pdfsIn(output);

    Cli.Result result = Cli.runRaw(List.of(), "print", code.toString(), "--printer", System.getenv("GUICHET_CUPS_QUEUE"),
        "--data", data().toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("parti à l'imprimante");
    assertThat(ResumeCode.parse(awaitPrintedQr(output, before))).contains(code);
    assertThat(data().resolve("pdf")).doesNotExist();
  }

  /**
   * The QR of the PDF cups-pdf writes for this job. cups-pdf reuses one file name per job title
   * and Ghostscript writes it in bursts on a busy machine, so the file is read once its size has
   * held for a second, and read again if it was caught half written.
   */
  private static String awaitPrintedQr(Path output, Map<Path, FileTime> before) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    long lastSize = -1;
    int stableFor = 0;
    Exception lastFailure = null;
    while (System.nanoTime() < deadline) {
      List<Path> written = pdfsIn(output).entrySet().stream()
          .filter(file -> !file.getValue().equals(before.get(file.getKey()))).map(Map.Entry::getKey).toList();
      if (written.size() == 1) {
        long size = Files.size(written.get(0));
        stableFor = size > 0 && size == lastSize ? stableFor + 1 : 0;
        lastSize = size;
        if (stableFor >= 5) {
          try {
            return PdfReading.qrOnFirstPage(Files.readAllBytes(written.get(0)));
          } catch (com.google.zxing.NotFoundException | java.io.UncheckedIOException e) {
            lastFailure = e;
            stableFor = 0;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no readable new PDF in " + output + " after 60 s; see /var/log/cups/error_log", lastFailure);
  }

  private static Map<Path, FileTime> pdfsIn(Path output) throws IOException {
    Map<Path, FileTime> pdfs = new HashMap<>();
    if (Files.isDirectory(output)) {
      try (Stream<Path> files = Files.list(output)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
          pdfs.put(file, Files.getLastModifiedTime(file));
        }
      }
    }
    return pdfs;
  }
}
