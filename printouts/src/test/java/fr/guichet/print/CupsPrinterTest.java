package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import org.junit.jupiter.api.Test;

class CupsPrinterTest {

    @Test
    void print_whenQueueDoesNotExist_throwsPrinterNotFoundNamingIt() {
        byte[] pdf = new PdfSummaryRenderer().render(SummaryFixtures.minimal(), PaperFormat.A4);
        CupsPrinter printer = CupsPrinter.named("Guichet_File_Inexistante_42");

        assertThatThrownBy(() -> printer.print(pdf, PaperFormat.A4))
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.PRINTER_NOT_FOUND);
                    assertThat(e.target()).isEqualTo("Guichet_File_Inexistante_42");
                    assertThat(e.getMessage()).contains("Guichet_File_Inexistante_42", "known printers");
                    assertThat(e.userMessage()).isEqualTo("L'imprimante n'a pas été trouvée.");
                });
    }

    @Test
    void named_whenBlank_rejects() {
        assertThatThrownBy(() -> CupsPrinter.named(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receiptMedia_whenQueueOffersANarrowSize_picksTheOneNearest80mm() {
        Media[] offered = {MediaSizeName.ISO_A4, MediaSizeName.ISO_A8, MediaSizeName.ISO_A7, MediaSizeName.NA_LETTER};

        assertThat(CupsPrinter.receiptMediaAmong(offered)).contains(MediaSizeName.ISO_A7);
    }

    @Test
    void receiptMedia_whenQueueOffersOnlySheets_isEmptySoTheQueueDefaultIsUsed() {
        Media[] offered = {MediaSizeName.ISO_A4, MediaSizeName.NA_LETTER};

        assertThat(CupsPrinter.receiptMediaAmong(offered)).isEmpty();
        assertThat(CupsPrinter.receiptMediaAmong(null)).isEmpty();
    }
}
