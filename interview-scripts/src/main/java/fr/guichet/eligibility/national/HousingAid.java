package fr.guichet.eligibility.national;

import fr.guichet.eligibility.situation.HousingStatus;

/**
 * Housing aid (APL, ALF, ALS), orientation only: Guichet does not compute it (zones, rent ceilings, 12 rolling months
 * of resources); it says whether a claim makes sense and sends the person to the CAF simulator.
 */
public final class HousingAid {
  private HousingAid() {}

  /** Tenants (including furnished, social housing and hostels) and first-time buyers repaying a loan may claim. */
  public static boolean mayClaim(HousingStatus status) {
    return switch (status) {
      case TENANT_UNFURNISHED, TENANT_FURNISHED, TENANT_SOCIAL, TENANT_HOSTEL, FIRST_TIME_BUYER -> true;
      case OWNER, LODGED_FREE, HOMELESS, NOT_STATED -> false;
    };
  }
}
