package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every reference case through {@code Main.run("eligibility", "--openfisca", "-")}, and the refused inputs. */
class EligibilityCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static JsonNode cases() throws IOException {
    try (InputStream in = EligibilityCommandTest.class.getClassLoader().getResourceAsStream("guichet/cases/openfisca/openfisca-cases.json")) {
      return JSON.readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> eligibility_whenCaseOnStdin_printsExpectedValuesWithinTolerance() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases()) {
      tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
        Run r = run(JSON.writeValueAsString(c.get("situation")), "eligibility", "--openfisca", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());
        for (JsonNode e : c.get("expected")) {
          JsonNode actual = out.path(e.get("entity").asText()).path(e.get("id").asText()).path(e.get("variable").asText()).path(e.get("period").asText());
          assertTrue(matches(e, actual), () -> c.get("id").asText() + " " + e.get("variable").asText() + ": expected " + e.get("value") + ", got " + actual);
        }
        assertThat(r.out()).doesNotContain("null");
      }));
    }
    return tests.stream();
  }

  private static boolean matches(JsonNode expected, JsonNode actual) {
    JsonNode value = expected.get("value");
    if (value.isBoolean()) {
      return actual.isBoolean() && actual.asBoolean() == value.asBoolean();
    }
    double tolerance = expected.has("absolute_error_margin") ? expected.get("absolute_error_margin").asDouble()
        : expected.has("relative_error_margin") ? expected.get("relative_error_margin").asDouble() * Math.abs(value.asDouble()) : 0.005;
    return actual.isNumber() && Math.abs(actual.asDouble() - value.asDouble()) <= tolerance + 1e-9;
  }

  @Test
  void eligibility_whenFileGiven_readsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("situation.json");
    Files.writeString(file, """
        {"individus": {"p1": {"age": {"2022-01": 40, "2022-04": 40}}},
         "familles": {"f1": {"parents": ["p1"], "rsa": {"2022-04": null}}}}""");
    Run r = run("", "eligibility", "--openfisca", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).at("/familles/f1/rsa/2022-04").asDouble()).isEqualTo(575.52);
  }

  @Test
  void eligibility_whenVariableUnsupported_exits2NamingIt() {
    Run r = run("""
        {"individus": {"p1": {"chomage_net": {"2024-01": 900}}}, "familles": {"f1": {"parents": ["p1"], "rsa": {"2024-02": null}}}}""",
        "eligibility", "--openfisca", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("chomage_net");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void eligibility_whenJsonMalformed_exits2WithLineAndColumn() {
    Run r = run("{\n  \"individus\": {\n    \"p1\": {}\n  },\n  \"familles\": {\"f1\": {\"parents\": [\"p1\"]}\n", "eligibility", "--openfisca", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ligne").contains("colonne");
  }

  @Test
  void eligibility_whenUnknownIdInRole_exits2() {
    Run r = run("""
        {"individus": {"p1": {}}, "familles": {"f1": {"parents": ["p1", "p9"]}}}""", "eligibility", "--openfisca", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("p9");
  }

  @Test
  void eligibility_whenPersonInTwoGroups_exits2() {
    Run r = run("""
        {"individus": {"p1": {}, "p2": {}}, "familles": {"f1": {"parents": ["p1"]}, "f2": {"parents": ["p2"], "enfants": ["p1"]}}}""",
        "eligibility", "--openfisca", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("p1").contains("deux groupes");
  }

  @Test
  void eligibility_whenFileMissing_exits2() {
    Run r = run("", "eligibility", "--openfisca", "/nonexistent/situation.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("introuvable");
  }
}
