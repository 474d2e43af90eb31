package fr.guichet.engine;

/** A choice as shown: its number on screen, its value, its text, whether it is currently picked. */
public record ChoiceView(int number, String value, String label, boolean picked) {}
