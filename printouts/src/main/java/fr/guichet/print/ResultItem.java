package fr.guichet.print;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One printed result: what the benefit or aid is called, an estimated monthly amount when
 * one may be given (already formatted, e.g. "635 €"), and the reasons in plain French.
 */
public record ResultItem(String name, Optional<String> estimatedMonthlyAmount, List<String> reasons) {

    public ResultItem {
        name = Texts.required(name, "result name");
        Objects.requireNonNull(estimatedMonthlyAmount, "estimatedMonthlyAmount (use Optional.empty())");
        estimatedMonthlyAmount = estimatedMonthlyAmount.map(amount -> Texts.required(amount, "estimated monthly amount"));
        reasons = Texts.lines(reasons, "reasons");
    }

    /** A result with no amount. */
    public ResultItem(String name, List<String> reasons) {
        this(name, Optional.empty(), reasons);
    }
}
