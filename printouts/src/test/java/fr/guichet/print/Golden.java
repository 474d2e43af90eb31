package fr.guichet.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files under src/test/resources/golden. Run the tests with
 * {@code -Dguichet.updateGolden=true} to rewrite them after a deliberate layout change,
 * then review the diff before committing.
 */
final class Golden {
    private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("guichet.updateGolden")) {
            write(name, actual);
            return;
        }
        assertThat(actual).as("extracted text vs golden/%s (rerun with -Dguichet.updateGolden=true to update)", name)
                .isEqualTo(read(name));
    }

    private static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file golden/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String text) {
        try {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
