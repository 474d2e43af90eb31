package fr.guichet.commune;

import java.util.List;
import java.util.Objects;

/**
 * A current French commune ("commune actuelle") from the official list published by
 * INSEE, as packaged by {@code @etalab/decoupage-administratif}.
 *
 * @param inseeCode   the official INSEE code ("code officiel géographique"), five
 *                    characters; Corsica uses 2A/2B ({@code "2A004"} is Ajaccio)
 * @param name        the official name with its accents, hyphens and apostrophes
 * @param departement the département code: {@code "01"}..{@code "95"}, {@code "2A"},
 *                    {@code "2B"}, or three digits overseas ({@code "974"})
 * @param postalCodes the postal codes serving the commune, immutable; empty for the
 *                    few uninhabited districts that have none (TAAF)
 * @param population  the municipal population, or {@code 0} when the source has none
 * @param epciSiren   SIREN of the EPCI à fiscalité propre (intercommunalité) the
 *                    commune belongs to, or {@code null} for the few that belong to none
 *                    (some islands and overseas collectivities)
 * @param epciName    name of that EPCI, or {@code null} exactly when {@code epciSiren} is
 */
public record Commune(String inseeCode, String name, String departement, List<String> postalCodes,
            int population, String epciSiren, String epciName) {

  public Commune {
    Objects.requireNonNull(inseeCode, "inseeCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(departement, "departement");
    postalCodes = List.copyOf(postalCodes);
    if (population < 0) {
      throw new IllegalArgumentException("negative population for " + inseeCode);
    }
    if ((epciSiren == null) != (epciName == null)) {
      throw new IllegalArgumentException("EPCI SIREN and name must be both set or both null for " + inseeCode);
    }
  }

  /** Whether the commune belongs to an EPCI (true for all but about a hundred communes). */
  public boolean hasEpci() {
    return epciSiren != null;
  }

  /** A short label for pick lists, e.g. {@code "Saint-Denis (93)"}. */
  public String label() {
    return name + " (" + departement + ")";
  }
}
