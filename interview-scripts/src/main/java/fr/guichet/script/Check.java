package fr.guichet.script;

import fr.guichet.expr.CompiledExpression;

/** A validation rule of a question: the answer is refused with the message when the rule is false. */
public record Check(CompiledExpression rule, Text message) {}
