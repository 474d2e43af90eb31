package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintableSummaryTest {

    @Test
    void constructor_whenTitleBlank_rejects() {
        PrintableSummary s = SummaryFixtures.full();
        assertThatThrownBy(() -> new PrintableSummary(s.placeName(), s.date(), "  ", s.resumeCode(), s.qrPayload(),
                s.resultGroups(), s.documentsToBring(), s.services(), s.nextSteps(), s.estimateNotice(),
                s.rulesVersion(), s.personalLines(), s.recordedChoices()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void constructor_whenTwoGroupsOfOneCategory_rejects() {
        PrintableSummary s = SummaryFixtures.full();
        List<ResultGroup> groups = List.of(new ResultGroup(ResultCategory.TO_CHECK, List.of()),
                new ResultGroup(ResultCategory.TO_CHECK, List.of()));
        assertThatThrownBy(() -> new PrintableSummary(s.placeName(), s.date(), s.title(), s.resumeCode(),
                s.qrPayload(), groups, s.documentsToBring(), s.services(), s.nextSteps(), s.estimateNotice(),
                s.rulesVersion(), s.personalLines(), s.recordedChoices()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TO_CHECK");
    }

    @Test
    void constructor_whenListChangedAfterwards_keepsItsOwnCopy() {
        List<String> reasons = new ArrayList<>(List.of("Une raison."));
        ResultItem item = new ResultItem("RSA", reasons);

        reasons.add("Ajoutée après coup.");

        assertThat(item.reasons()).containsExactly("Une raison.");
        assertThatThrownBy(() -> item.reasons().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_whenLineBlankOrNull_rejects() {
        assertThatThrownBy(() -> new ResultItem("RSA", List.of("ok", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> new ResultItem("RSA", Optional.of(""), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> new ServiceContact("CAF", null, List.of(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("whomToSee");
        assertThatThrownBy(() -> new RulesVersion("2026.04", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void printedGroups_whenGivenInAnyOrder_areInCategoryOrderWithoutEmptyOnes() {
        PrintableSummary s = SummaryFixtures.full();
        List<ResultGroup> groups = List.of(
                new ResultGroup(ResultCategory.NOT_NOW, List.of(new ResultItem("ASPA", List.of()))),
                new ResultGroup(ResultCategory.TO_CHECK, List.of()),
                new ResultGroup(ResultCategory.TO_REQUEST, List.of(new ResultItem("RSA", List.of()))));
        PrintableSummary summary = new PrintableSummary(s.placeName(), s.date(), s.title(), s.resumeCode(),
                s.qrPayload(), groups, s.documentsToBring(), s.services(), s.nextSteps(), s.estimateNotice(),
                s.rulesVersion(), s.personalLines(), s.recordedChoices());

        assertThat(summary.printedGroups()).extracting(ResultGroup::category)
                .containsExactly(ResultCategory.TO_REQUEST, ResultCategory.NOT_NOW);
    }

    @Test
    void frenchDates_whenFirstOfMonth_writes1er() {
        assertThat(FrenchDates.format(LocalDate.of(2026, 4, 1))).isEqualTo("1er avril 2026");
        assertThat(FrenchDates.format(LocalDate.of(2026, 11, 25))).isEqualTo("25 novembre 2026");
        assertThat(FrenchDates.format(LocalDate.of(2027, 8, 15))).isEqualTo("15 août 2027");
        assertThat(FrenchDates.format(LocalDate.of(2026, 2, 2))).isEqualTo("2 février 2026");
    }

    @Test
    void frenchSpacing_whenPunctuationAfterSpace_usesNoBreakSpace() {
        assertThat(FrenchSpacing.apply("« oui » : non ? si !"))
                .isEqualTo("«\u00a0oui\u00a0»\u00a0: non\u00a0? si\u00a0!");
    }
}
