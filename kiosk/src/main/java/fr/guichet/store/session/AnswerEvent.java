package fr.guichet.store.session;

import java.time.Instant;
import java.util.Optional;

/** One answer event, value opened; {@code value} is empty for an event that cleared the answer. */
public record AnswerEvent(long seq, String key, Optional<String> value, String actor,
    String terminal, Instant at) {}
