package fr.guichet.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real espeak-ng (installed by .ci/run) reads a question of the shipped interview in each language. */
class EspeakSpeechTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Combien d'enfants vivent avec vous ? Réponse 1 : Oui. Réponse 2 : Non.",
      "en|How many children live with you? Answer 1: Yes. Answer 2: No.",
      "uk|Скільки дітей живе з вами? Відповідь 1: Так. Відповідь 2: Ні."})
  void question_readToAWavFile_isARiffWaveOfPlausibleLength(String language, String text) throws Exception {
    EspeakSpeech speech = EspeakSpeech.fromEnvironment();
    assumeThat(speech.available()).as("espeak-ng installed (.ci/run installs it)").isTrue();
    Path wav = dir.resolve(language + ".wav");

    assertThat(speech.toWav(text, language, wav)).isZero();

    byte[] bytes = Files.readAllBytes(wav);
    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
    ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int byteRate = header.getInt(28);
    double seconds = (bytes.length - 44) / (double) byteRate;
    // Some ten words at 140 words a minute: a few seconds, not silence, not a minute.
    assertThat(seconds).as("duration in seconds").isBetween(2.0, 20.0);
  }
}
