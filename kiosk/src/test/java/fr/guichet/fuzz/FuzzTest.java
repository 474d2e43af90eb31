package fr.guichet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fuzz target in every build, with a few hundred inputs each (a new seed each time, printed
 * when something breaks): {@code -Dguichet.fuzz.inputs=N -Dguichet.fuzz.seed=S} to change them.
 * The torture suite runs them longer through {@link FuzzMain}.
 */
class FuzzTest {
  private static final int INPUTS = Integer.getInteger("guichet.fuzz.inputs", 300);
  private static final long SEED = Long.getLong("guichet.fuzz.seed", System.nanoTime());

  @TestFactory
  Stream<DynamicTest> everyTarget_whateverItIsFed_neitherThrowsNorBreaksItsProperties() {
    return FuzzTargets.all().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> {
      Fuzz.Result result = Fuzz.run(target, INPUTS, SEED);
      assertThat(result.unexpected()).as(result.summary()).isZero();
    }));
  }
}
