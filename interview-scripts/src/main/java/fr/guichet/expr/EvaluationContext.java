package fr.guichet.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope an expression is being evaluated in, and the unknown names it met on the way. EvalEx
 * evaluates through one data accessor per expression, so the current scope travels in a
 * thread-local that {@link CompiledExpression} opens and closes around each evaluation.
 */
final class EvaluationContext {

  private static final ThreadLocal<EvaluationContext> CURRENT = new ThreadLocal<>();

  final Scope scope;
  final List<String> missing = new ArrayList<>(4);
  private final EvaluationContext previous;

  private EvaluationContext(Scope scope, EvaluationContext previous) {
    this.scope = scope;
    this.previous = previous;
  }

  static EvaluationContext current() {
    EvaluationContext context = CURRENT.get();
    if (context == null) throw new IllegalStateException("expression evaluated outside a scope");
    return context;
  }

  static EvaluationContext open(Scope scope) {
    EvaluationContext context = new EvaluationContext(scope, CURRENT.get());
    CURRENT.set(context);
    return context;
  }

  void close() {
    // set(null) rather than remove(): the slot is reused by the next evaluation on this thread.
    CURRENT.set(previous);
  }

  void noteMissing(String name) {
    if (!missing.contains(name)) missing.add(name);
  }

  int mark() {
    return missing.size();
  }

  /** Forgets the unknown names met since the mark: the known part decided the result. */
  void forgetSince(int mark) {
    while (missing.size() > mark) missing.remove(missing.size() - 1);
  }
}
