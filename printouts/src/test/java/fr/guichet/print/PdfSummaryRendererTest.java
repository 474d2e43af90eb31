package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfSummaryRendererTest {
    private final PdfSummaryRenderer renderer = new PdfSummaryRenderer();

    @Test
    void a4_whenFullSummary_textMatchesGolden() {
        Golden.assertMatches("summary-a4.txt", PdfInspection.text(renderer.render(SummaryFixtures.full(), PaperFormat.A4)));
    }

    @Test
    void receipt_whenFullSummary_textMatchesGolden() {
        Golden.assertMatches("summary-receipt.txt",
                PdfInspection.text(renderer.render(SummaryFixtures.full(), PaperFormat.RECEIPT_80MM)));
    }

    @ParameterizedTest
    @EnumSource(PaperFormat.class)
    void qrCode_whenPageRendered_decodesToExactPayload(PaperFormat format) throws Exception {
        byte[] pdf = renderer.render(SummaryFixtures.full(), format);

        assertThat(PdfInspection.decodeQr(PdfInspection.renderFirstPage(pdf, 150)))
                .isEqualTo(SummaryFixtures.QR_PAYLOAD);
    }

    @ParameterizedTest
    @EnumSource(PaperFormat.class)
    void qrCode_whenPayloadLongWithAccents_decodesToExactPayload(PaperFormat format) throws Exception {
        String payload = "https://guichet.example.fr/reprise?code=ÉTÉ-2026-Zoë&lieu=Mairie de Saint-Étienne-du-Rouvray"
                + "&agent=Françoise&œuvre=«oui»";
        PrintableSummary summary = withQrPayload(SummaryFixtures.full(), payload);

        byte[] pdf = renderer.render(summary, format);

        assertThat(PdfInspection.decodeQr(PdfInspection.renderFirstPage(pdf, 150))).isEqualTo(payload);
    }

    @ParameterizedTest
    @EnumSource(PaperFormat.class)
    void text_whenFrenchCharacters_survivesExtraction(PaperFormat format) {
        String text = PdfInspection.text(renderer.render(SummaryFixtures.full(), format));

        assertThat(text).contains("Besançon", "Complémentaire santé", "À demander", "Lœuvre", "635 €",
                "l’organisme", "« en bonne et due", "forme »", "Pièce d'identité", "1er avril");
    }

    @ParameterizedTest
    @EnumSource(PaperFormat.class)
    void fonts_whenRendered_areAllEmbeddedLiberation(PaperFormat format) {
        List<PDFont> fonts = PdfInspection.fonts(renderer.render(SummaryFixtures.full(), format));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(font.getName()).contains("LiberationSans");
        });
    }

    @Test
    void a4_whenRendered_everyPageIsIsoA4WithFooter() {
        byte[] pdf = renderer.render(withManyResults(SummaryFixtures.full(), 12), PaperFormat.A4);
        List<PDRectangle> pages = PdfInspection.pageSizes(pdf);

        assertThat(pages).hasSizeGreaterThan(2).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(210 * PdfInspection.MM, within(0.5f));
            assertThat(page.getHeight()).isCloseTo(297 * PdfInspection.MM, within(0.5f));
        });
        String text = PdfInspection.text(pdf);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(text).contains("Code de reprise : K7P-4QX – page " + page);
        }
    }

    @Test
    void receipt_whenRendered_isOne80mmPageAsLongAsItsContent() {
        byte[] full = renderer.render(SummaryFixtures.full(), PaperFormat.RECEIPT_80MM);
        byte[] minimal = renderer.render(SummaryFixtures.minimal(), PaperFormat.RECEIPT_80MM);
        byte[] longer = renderer.render(withManyResults(SummaryFixtures.full(), 12), PaperFormat.RECEIPT_80MM);

        PDRectangle fullPage = single(full);
        assertThat(fullPage.getWidth()).isCloseTo(80 * PdfInspection.MM, within(0.5f));
        assertThat(single(minimal).getHeight()).isLessThan(fullPage.getHeight() - 50 * PdfInspection.MM);
        assertThat(single(longer).getHeight()).isGreaterThan(fullPage.getHeight() + 100 * PdfInspection.MM);
        assertThat(PdfInspection.text(longer)).contains("Aide numéro 12", "Règles de calcul");
    }

    @Test
    void minimal_whenSectionsEmpty_printsNeitherTheirHeadingsNorPersonalLines() {
        String text = PdfInspection.text(renderer.render(SummaryFixtures.minimal(), PaperFormat.A4));

        assertThat(text).contains("À demander", "Important", "K7P-4QX")
                .doesNotContain("Pour :", "Lœuvre", "Documents à apporter", "Où aller", "Prochaines étapes",
                        "Vos choix", "null", "Optional");
    }

    @Test
    void results_whenGroupEmpty_headingNotPrinted() {
        PrintableSummary full = SummaryFixtures.full();
        PrintableSummary summary = new PrintableSummary(full.placeName(), full.date(), full.title(),
                full.resumeCode(), full.qrPayload(),
                List.of(new ResultGroup(ResultCategory.TO_CHECK, List.of()),
                        new ResultGroup(ResultCategory.NOT_NOW, full.resultGroups().get(0).results())),
                full.documentsToBring(), full.services(), full.nextSteps(), full.estimateNotice(),
                full.rulesVersion(), full.personalLines(), full.recordedChoices());

        String text = PdfInspection.text(renderer.render(summary, PaperFormat.RECEIPT_80MM));

        assertThat(text).contains("Pas pour l'instant").doesNotContain("À vérifier", "À demander");
    }

    private static PDRectangle single(byte[] pdf) {
        List<PDRectangle> pages = PdfInspection.pageSizes(pdf);
        assertThat(pages).hasSize(1);
        return pages.get(0);
    }

    static PrintableSummary withQrPayload(PrintableSummary s, String payload) {
        return new PrintableSummary(s.placeName(), s.date(), s.title(), s.resumeCode(), payload,
                s.resultGroups(), s.documentsToBring(), s.services(), s.nextSteps(), s.estimateNotice(),
                s.rulesVersion(), s.personalLines(), s.recordedChoices());
    }

    static PrintableSummary withManyResults(PrintableSummary s, int count) {
        List<ResultItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(new ResultItem("Aide numéro " + i, Optional.of(i * 10 + " €"), List.of(
                    "Une première raison, écrite simplement, qui tient sur une ligne ou deux.",
                    "Une deuxième raison.")));
        }
        return new PrintableSummary(s.placeName(), LocalDate.of(2026, 11, 25), s.title(), s.resumeCode(),
                s.qrPayload(), List.of(new ResultGroup(ResultCategory.TO_REQUEST, items)), s.documentsToBring(),
                s.services(), s.nextSteps(), s.estimateNotice(), s.rulesVersion(), s.personalLines(),
                s.recordedChoices());
    }
}
