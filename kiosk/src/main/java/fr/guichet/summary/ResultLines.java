package fr.guichet.summary;

import fr.guichet.eligibility.Conclusion;
import fr.guichet.eligibility.EligibilityStatus;
import fr.guichet.eligibility.Euros;
import fr.guichet.print.ResultCategory;
import fr.guichet.print.ResultGroup;
import fr.guichet.print.ResultItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words the results for paper: one group per status, each result with its estimated amount, its
 * reasons (without the person's own figures unless allowed), what is missing and who decides;
 * and the documents to bring for what is worth asking, each once.
 */
final class ResultLines {
  /** A reason that goes on from the previous one ("Elles dépassent le plafond…"). */
  private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("(Elles?|Ils?) ");
  static final String WITHHELD = "Le calcul cite vos montants : l'agent peut vous le montrer.";
  /** Below one euro a month, a computed amount above the one received is rounding, not a right. */
  private static final BigDecimal NOTICEABLY_MORE = BigDecimal.ONE;
  private final PersonalFigures figures;
  private final boolean personalDetails;
  private boolean withheld;

  ResultLines(PersonalFigures figures, boolean personalDetails) {
    this.figures = figures;
    this.personalDetails = personalDetails;
  }

  /** True once a reason was left out because it quoted the person's figures. */
  boolean withheldAny() {
    return withheld;
  }

  List<ResultGroup> groups(List<Conclusion> conclusions) {
    Map<ResultCategory, List<ResultItem>> items = new EnumMap<>(ResultCategory.class);
    for (Conclusion conclusion : conclusions) {
      ResultCategory category = conclusion.alreadyReceived()
          ? ResultCategory.ALREADY_RECEIVED : categoryOf(conclusion.status());
      items.computeIfAbsent(category, c -> new ArrayList<>()).add(item(conclusion, category));
    }
    List<ResultGroup> groups = new ArrayList<>();
    items.forEach((category, list) -> groups.add(new ResultGroup(category, list)));
    return groups;
  }

  static ResultCategory categoryOf(EligibilityStatus status) {
    return switch (status) {
      case LIKELY_ELIGIBLE -> ResultCategory.TO_REQUEST;
      case CANNOT_TELL -> ResultCategory.TO_CHECK;
      case NOT_ELIGIBLE -> ResultCategory.NOT_NOW;
    };
  }

  /** The documents of what is to request or to check, in order, each printed once. */
  static List<String> documents(List<Conclusion> conclusions) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> documents = new ArrayList<>();
    for (Conclusion conclusion : conclusions) {
      if (!conclusion.toClaim()) {
        continue;
      }
      for (String document : conclusion.documents()) {
        String key = document.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && seen.add(key)) {
          documents.add(document.strip());
        }
      }
    }
    return documents;
  }

  private ResultItem item(Conclusion conclusion, ResultCategory category) {
    if (category == ResultCategory.ALREADY_RECEIVED) {
      return new ResultItem(conclusion.name(), Optional.empty(), receivedLines(conclusion));
    }
    Optional<BigDecimal> estimate = conclusion.monthlyAmount().filter(amount -> amount.signum() > 0);
    List<String> lines = new ArrayList<>();
    boolean droppedPrevious = false;
    for (String reason : conclusion.reasons()) {
      boolean continuesDropped = droppedPrevious && CONTINUATION.matcher(reason).lookingAt();
      droppedPrevious = !personalDetails && (continuesDropped || figures.quotedIn(reason, estimate));
      if (droppedPrevious) {
        withheld = true;
      } else if (!reason.isBlank()) {
        lines.add(reason);
      }
    }
    if (lines.isEmpty() && !conclusion.reasons().isEmpty()) {
      lines.add(WITHHELD);
    }
    if (category == ResultCategory.NOT_NOW) {
      // One reason is enough to explain a "no"; the whole list would make the sheet pages long.
      return new ResultItem(conclusion.name(), Optional.empty(), lines.subList(0, Math.min(1, lines.size())));
    }
    if (category == ResultCategory.TO_CHECK && !conclusion.missing().isEmpty()) {
      lines.add("Il manque : " + String.join(" ; ", conclusion.missing()) + ".");
    }
    if (!conclusion.amountNote().isBlank()) {
      lines.add(conclusion.amountNote());
    }
    if (!conclusion.handledBy().isBlank()) {
      lines.add("À demander auprès de : " + conclusion.handledBy() + ".");
    }
    return new ResultItem(conclusion.name(), estimate.map(Euros::format), lines);
  }

  /**
   * A benefit received already: said so, then the amount checked where Guichet computes one. The
   * declared amount is the person's own figure: on paper only when personal details are allowed.
   */
  private List<String> receivedLines(Conclusion conclusion) {
    BigDecimal received = conclusion.received().orElseThrow();
    List<String> lines = new ArrayList<>();
    lines.add("Vous la percevez déjà" + (personalDetails ? " (" + Euros.format(received) + " par mois)" : "")
        + " : pas besoin de la demander.");
    Optional<BigDecimal> computed = conclusion.monthlyAmount().filter(a -> a.signum() > 0);
    String to = conclusion.handledBy().isBlank() ? "l'organisme qui la verse" : conclusion.handledBy();
    if (conclusion.status() == EligibilityStatus.LIKELY_ELIGIBLE && computed.isPresent()
        && computed.get().subtract(received).compareTo(NOTICEABLY_MORE) > 0) {
      lines.add("Vous pourriez avoir droit à plus : environ " + Euros.format(computed.get())
          + " par mois selon ce calcul. Signalez votre situation à : " + to + ".");
    } else if (conclusion.status() == EligibilityStatus.NOT_ELIGIBLE) {
      lines.add("Avec les réponses données, ce calcul ne retrouve pas ce droit : vérifiez avec "
          + to + " que votre situation est à jour.");
    } else {
      lines.add("Signalez tout changement de situation à : " + to + ".");
    }
    return lines;
  }
}
