package fr.guichet.summary;

/**
 * What a printed summary may show about the person. Paper gets lost: by default it holds no
 * name, no address, no birth date and none of the person's own figures (resources, rent...).
 *
 * @param printPersonalDetails true to print the birth date and commune, and the reasons that quote
 *     the person's own amounts; false (the default) for the least personal data
 */
public record SummarySettings(boolean printPersonalDetails) {

  /** The least personal data: what every printout uses unless the configuration says otherwise. */
  public static final SummarySettings DEFAULT = new SummarySettings(false);
}
