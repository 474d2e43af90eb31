package fr.guichet.store;

import fr.guichet.store.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import fr.guichet.testing.StoreBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs on every store technology (see {@link StoreBackend}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class ConcurrentWritersTest {
  @Parameter String kind;
  StoreBackend backend;
  @TempDir Path dir;

  @BeforeEach
  void openBackend() {
    backend = StoreBackend.of(kind, dir);
  }

  @AfterEach
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  void appendAnswer_fromThreeStoresOnOneFileAtOnce_losesNothingAndKeepsAuditChained()
      throws Exception {
    backend.open(java.time.Clock.systemUTC()).close();
    int writers = 3;
    int answers = 60;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<UUID>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Actor actor = new Actor("agent" + w, "poste-" + w);
      results.add(pool.submit(() -> {
        try (Stores store = backend.open(java.time.Clock.systemUTC())) {
          UUID id = store.sessions().create("rsa", "1", actor).id();
          for (int i = 0; i < answers; i++) {
            store.sessions().appendAnswer(id, "q" + i, actor.terminalId() + "/" + i, actor);
          }
          return id;
        }
      }));
    }
    pool.shutdown();
    try (Stores store = backend.open(java.time.Clock.systemUTC())) {
      for (int w = 0; w < writers; w++) {
        UUID id = results.get(w).get();
        assertThat(store.sessions().currentAnswers(id)).hasSize(answers)
            .containsEntry("q" + (answers - 1), "poste-" + w + "/" + (answers - 1));
      }
      assertThat(store.audit().firstBroken()).isEmpty();
    }
  }
}
