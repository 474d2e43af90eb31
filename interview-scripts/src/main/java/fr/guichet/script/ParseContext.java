package fr.guichet.script;

import java.time.LocalDate;

/** What parsing an answer may need from outside the script: the date, and the communes. */
public record ParseContext(LocalDate today, CommuneResolver communes) {}
