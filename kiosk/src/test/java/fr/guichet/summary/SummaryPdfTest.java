package fr.guichet.summary;

import fr.guichet.store.session.ResumeCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.guichet.print.PaperFormat;
import fr.guichet.print.PrintableSummary;
import fr.guichet.store.personal.PersonalDataStore.Consents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guichet's own summary PDF read back: golden text on both papers, QR code back to the code. */
class SummaryPdfTest {
  private static final SummaryMaker MAKER = SummaryBuilderTest.maker(SummarySettings.DEFAULT);

  private static PrintableSummary tenant() {
    return MAKER.summarize(Personas.interview(Personas.TENANT), Optional.of(Personas.FIXED_CODE),
        new Consents(Optional.of(true), Optional.empty()));
  }

  @Test
  void a4_whenTenant_textMatchesGolden() {
    Golden.assertMatches("summary-tenant-a4.txt", PdfReading.text(MAKER.render(tenant(), PaperFormat.A4)));
  }

  @Test
  void receipt_whenTenant_textMatchesGolden() {
    Golden.assertMatches("summary-tenant-receipt.txt",
        PdfReading.text(MAKER.render(tenant(), PaperFormat.RECEIPT_80MM)));
  }

  @Test
  void a4_qrCodeOnPageOne_decodesToTheResumeCode() throws Exception {
    byte[] pdf = MAKER.render(tenant(), PaperFormat.A4);

    String decoded = PdfReading.qrOnFirstPage(pdf);

    assertThat(decoded).isEqualTo("GUICHET:" + Personas.FIXED_CODE.compact());
    assertThat(ResumeCode.parse(decoded)).contains(Personas.FIXED_CODE);
    assertThat(PdfReading.pageSizes(pdf)).allSatisfy(page -> {
      assertThat(page.getWidth()).isCloseTo(210 * PdfReading.MM, within(1f));
      assertThat(page.getHeight()).isCloseTo(297 * PdfReading.MM, within(1f));
    });
  }

  @Test
  void receipt_qrCodeDecodes_andPaperIs80mmWide() throws Exception {
    byte[] pdf = MAKER.render(tenant(), PaperFormat.RECEIPT_80MM);

    assertThat(ResumeCode.parse(PdfReading.qrOnFirstPage(pdf))).contains(Personas.FIXED_CODE);
    assertThat(PdfReading.pageSizes(pdf)).singleElement()
        .satisfies(page -> assertThat(page.getWidth()).isCloseTo(80 * PdfReading.MM, within(1f)));
  }

  @Test
  void a4_routingPersonas_showTheirFirstServiceWithItsHours() {
    String homeless = PdfReading.text(MAKER.render(MAKER.summarize(Personas.interview(Personas.HOMELESS),
        Optional.empty(), Consents.NOT_ASKED), PaperFormat.A4));
    String senior = PdfReading.text(MAKER.render(MAKER.summarize(Personas.interview(Personas.SENIOR),
        Optional.empty(), Consents.NOT_ASKED), PaperFormat.A4));

    assertThat(homeless).contains("CIAS — point courrier (domiciliation)\n")
        .contains("• Lundi, mercredi, vendredi : 9 h – 11 h 30");
    assertThat(senior).contains("CIAS — pôle seniors et maintien à domicile\n")
        .contains("Demandez : La coordinatrice du pôle seniors");
  }

  @Test
  void a4_byDefault_noneOfThePersonsOwnDataIsOnThePaper() {
    String text = PdfReading.text(MAKER.render(tenant(), PaperFormat.A4));

    assertThat(text).doesNotContain("17/09/1983").doesNotContain("1983").doesNotContain("Ornans\n")
        .doesNotContain("1 234,56").doesNotContain("98,76").doesNotContain("512,34").doesNotContain("13 579");
  }
}
