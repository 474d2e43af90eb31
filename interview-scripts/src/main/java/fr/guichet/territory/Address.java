package fr.guichet.territory;

import java.util.ArrayList;
import java.util.List;

/** Where a service receives people; an example address says so wherever it is shown. */
public record Address(List<String> lines, String postalCode, String commune, boolean example) {

  public static final String EXAMPLE_MARK = "(adresse d'exemple)";

  public Address {
    lines = List.copyOf(lines);
    postalCode = postalCode == null ? "" : postalCode;
    commune = commune == null ? "" : commune;
  }

  /** The address as printed: its lines, then postal code and commune, marked when it is an example. */
  public List<String> frenchLines() {
    List<String> printed = new ArrayList<>(lines);
    String town = (postalCode + " " + commune).strip();
    if (!town.isEmpty()) printed.add(town);
    if (example && !printed.isEmpty()) printed.set(printed.size() - 1, printed.get(printed.size() - 1) + " " + EXAMPLE_MARK);
    return printed;
  }
}
