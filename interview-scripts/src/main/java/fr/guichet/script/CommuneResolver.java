package fr.guichet.script;

import java.util.List;

/** Turns what a person typed (a name or a postal code) into official communes. */
public interface CommuneResolver {

  /** A commune found: INSEE code, name, and département code. */
  record Found(String inseeCode, String name, String departement) {}

  /** The communes matching; one means found, several means the person must say which. */
  List<Found> resolve(String typed);

  /** The commune with this INSEE code, to read a stored answer back; null if none. */
  Found byCode(String inseeCode);
}
