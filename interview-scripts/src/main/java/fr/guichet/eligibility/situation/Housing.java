package fr.guichet.eligibility.situation;

import java.math.BigDecimal;
import java.util.Objects;

/** The dwelling: occupation status, rent (or loan repayments for an owner), housing aid received, where it is. */
public record Housing(
    Fact<HousingStatus> status,
    Fact<BigDecimal> rent,
    Fact<BigDecimal> housingAid,
    Fact<Boolean> sharesCosts,
    String communeInsee,
    String departement) {
  public static final Housing UNKNOWN = new Housing(Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), "", "");

  public Housing {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rent, "rent");
    Objects.requireNonNull(housingAid, "housingAid");
    Objects.requireNonNull(sharesCosts, "sharesCosts");
    communeInsee = communeInsee == null ? "" : communeInsee;
    departement = departement == null ? "" : departement;
  }
}
