package fr.guichet.commune;

import fr.guichet.script.CommuneResolver;
import java.util.List;

/** The interview's commune questions answered from the official list of communes. */
public final class DirectoryCommuneResolver implements CommuneResolver {

  private final CommuneDirectory directory;

  public DirectoryCommuneResolver(CommuneDirectory directory) {
    this.directory = directory;
  }

  /** Resolver over the bundled list, loaded once on first use. */
  public static DirectoryCommuneResolver bundled() {
    return new DirectoryCommuneResolver(CommuneDirectory.get());
  }

  @Override
  public List<Found> resolve(String typed) {
    CommuneMatch match = directory.resolve(typed);
    if (match instanceof CommuneMatch.Found found) return List.of(found(found.commune()));
    if (match instanceof CommuneMatch.Ambiguous ambiguous) {
      return ambiguous.candidates().stream().map(DirectoryCommuneResolver::found).toList();
    }
    return List.of();
  }

  @Override
  public Found byCode(String inseeCode) {
    return directory.byInseeCode(inseeCode).map(DirectoryCommuneResolver::found).orElse(null);
  }

  private static Found found(Commune commune) {
    return new Found(commune.inseeCode(), commune.name(), commune.departement());
  }
}
