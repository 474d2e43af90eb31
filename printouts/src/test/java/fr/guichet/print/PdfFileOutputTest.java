package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFileOutputTest {
    @TempDir
    Path dir;

    @Test
    void print_whenFileExists_replacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("sous-dossier/récapitulatif.pdf");
        byte[] first = new PdfSummaryRenderer().render(SummaryFixtures.full(), PaperFormat.A4);
        byte[] second = new PdfSummaryRenderer().render(SummaryFixtures.minimal(), PaperFormat.RECEIPT_80MM);
        PdfFileOutput output = new PdfFileOutput(file);

        output.print(first, PaperFormat.A4);
        output.print(second, PaperFormat.RECEIPT_80MM);

        assertThat(Files.readAllBytes(file)).isEqualTo(second);
        assertThat(PdfInspection.pageSizes(Files.readAllBytes(file))).hasSize(1);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void print_whenDirectoryCannotBeCreated_throwsWithThePath() throws Exception {
        Path blocker = Files.writeString(dir.resolve("un-fichier"), "x");
        Path file = blocker.resolve("recap.pdf");

        assertThatThrownBy(() -> new PdfFileOutput(file).print(new byte[] {1}, PaperFormat.A4))
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.FILE_NOT_WRITTEN);
                    assertThat(e.target()).isEqualTo(file.toAbsolutePath().toString());
                    assertThat(e.userMessage()).contains("PDF");
                });
    }
}
