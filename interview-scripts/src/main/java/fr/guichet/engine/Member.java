package fr.guichet.engine;

import fr.guichet.script.Text;

/** One person of the household, as the interview knows them: role, rank in that role, key. */
public record Member(String role, int rank, String key, Text label) {}
