package fr.guichet.script;

import fr.guichet.expr.CompiledExpression;

/** A value computed from answers (an age, a household size, a monthly total). */
public record Computed(String id, CompiledExpression expression, boolean perMember) {}
