package fr.guichet.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every reference case (project data, guichet/cases/openfisca/) run in-process, each within its own tolerance. */
class OpenFiscaCasesTest {
  private static final EligibilityEngine ENGINE = EligibilityEngine.withBundledParameters();

  static JsonNode cases() throws IOException {
    try (InputStream in = OpenFiscaCasesTest.class.getClassLoader().getResourceAsStream("guichet/cases/openfisca/openfisca-cases.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void cases_whenLoaded_coverEveryBenefit() throws IOException {
    List<String> benefits = new ArrayList<>();
    cases().forEach(c -> benefits.add(c.get("benefit").asText()));
    assertThat(benefits).hasSize(56).contains("rsa", "ppa", "css", "aspa", "aah", "af", "cheque_energie");
  }

  @TestFactory
  Stream<DynamicTest> openFiscaCase_whenComputed_matchesExpectedWithinTolerance() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases()) {
      tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " " + c.get("description").asText(), () -> check(c)));
    }
    return tests.stream();
  }

  static void check(JsonNode c) {
    JsonNode out = ENGINE.computeOpenFisca(c.get("situation"));
    for (JsonNode e : c.get("expected")) {
      JsonNode actual = out.path(e.get("entity").asText()).path(e.get("id").asText()).path(e.get("variable").asText()).path(e.get("period").asText());
      String what = c.get("id").asText() + " " + e.get("id").asText() + "." + e.get("variable").asText() + "[" + e.get("period").asText() + "]";
      assertTrue(matches(e, actual), () -> what + ": expected " + e.get("value") + ", got " + actual);
    }
  }

  /** Booleans exactly; numbers within the case's absolute or relative margin (±0.005 € by default). */
  static boolean matches(JsonNode expected, JsonNode actual) {
    JsonNode value = expected.get("value");
    if (value.isBoolean()) {
      return actual.isBoolean() && actual.asBoolean() == value.asBoolean();
    }
    double tolerance = expected.has("absolute_error_margin") ? expected.get("absolute_error_margin").asDouble()
        : expected.has("relative_error_margin") ? expected.get("relative_error_margin").asDouble() * Math.abs(value.asDouble()) : 0.005;
    return actual.isNumber() && Math.abs(actual.asDouble() - value.asDouble()) <= tolerance + 1e-9;
  }
}
