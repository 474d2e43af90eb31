package fr.guichet.expr;

/** Something wrong in an expression, at a character offset inside its text (0-based). */
public record ExpressionProblem(int offset, String message) {}
