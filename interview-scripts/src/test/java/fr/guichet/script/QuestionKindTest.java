package fr.guichet.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionKindTest {

  /** Builds one instance of an answer type record, with nulls/zeros for its components. */
  private static AnswerType instanceOf(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = types[i] == int.class ? 0 : types[i] == boolean.class ? false : types[i] == java.util.List.class ? java.util.List.of() : null;
    }
    return (AnswerType) type.getDeclaredConstructor(types).newInstance(values);
  }

  @Test
  void everyAnswerType_whenListed_hasItsOwnKindAndEveryKindHasAType() throws Exception {
    Set<QuestionKind> seen = EnumSet.noneOf(QuestionKind.class);
    for (Class<?> type : AnswerType.class.getPermittedSubclasses()) {
      QuestionKind kind = instanceOf(type).kind();
      assertThat(seen.add(kind)).as("%s has a kind of its own", type.getSimpleName()).isTrue();
    }
    assertThat(seen).containsExactlyInAnyOrder(QuestionKind.values());
  }
}
