package fr.guichet.eligibility.situation;

/** How the household occupies its dwelling. */
public enum HousingStatus {
  TENANT_UNFURNISHED,
  TENANT_FURNISHED,
  TENANT_SOCIAL,
  TENANT_HOSTEL,
  OWNER,
  FIRST_TIME_BUYER,
  LODGED_FREE,
  HOMELESS,
  NOT_STATED;

  /** Owner repaying no loan, or lodged free without sharing costs: the RSA/PPA forfait logement applies in full. */
  public boolean isFreeHousing(boolean paysRentOrLoan, boolean sharesCosts) {
    return ((this == OWNER || this == FIRST_TIME_BUYER) && !paysRentOrLoan) || (this == LODGED_FREE && !sharesCosts);
  }

  /** Housing that opens the chèque énergie. */
  public boolean opensChequeEnergie() {
    return this == OWNER || this == FIRST_TIME_BUYER || this == TENANT_SOCIAL || this == TENANT_UNFURNISHED || this == TENANT_FURNISHED;
  }
}
