package fr.guichet.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** Saves the summary PDF to a file, replacing it whole (never a half-written file). */
public final class PdfFileOutput implements SummaryPrinter {
    private final Path file;

    public PdfFileOutput(Path file) {
        this.file = Objects.requireNonNull(file, "file is required").toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public void print(byte[] pdf, PaperFormat format) {
        Objects.requireNonNull(pdf, "pdf is required");
        Path temporary = null;
        try {
            Path directory = file.getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".guichet-", ".pdf.part");
            Files.write(temporary, pdf);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new PrintFailedException(PrintFailedException.Reason.FILE_NOT_WRITTEN, file.toString(),
                    e.toString(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The original failure is the one worth reporting.
        }
    }
}
