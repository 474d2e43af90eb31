package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import fr.guichet.speech.EspeakSpeech;
import fr.guichet.speech.Speech;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F5 on the kiosk's screens: what is read aloud, in which language, and without espeak-ng. */
class ReadAloudTest {
  private static final Script SHIPPED = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);

  @TempDir Path data;

  /** The speakers are the edge: this records what would have been said, and in which language. */
  private static final class Recorder implements Speech {
    final List<String> said = new ArrayList<>();
    boolean speaking;

    @Override public boolean available() { return true; }
    @Override public void say(String text, String language) { said.add(language + "|" + text); speaking = true; }
    @Override public void stop() { speaking = false; }
    @Override public boolean speaking() { return speaking; }
  }

  @Test
  void f5_onAUkrainianQuestion_readsTheQuestionAndNumberedChoicesInUkrainian_neverTheAnswerGiven() throws Exception {
    Recorder speech = new Recorder();
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24, null, null, SHIPPED, speech)) {
      assertThat(d.screen()).contains("F5 : écouter");
      d.key(KeyType.F5);
      assertThat(speech.said.get(0)).startsWith("fr|Bienvenue").contains("Réponse 1 : Commencer un nouvel entretien");

      d.type("4");                                     // Українська
      d.type("1").type("1").type("2");                 // start, keep, do not share
      d.enter().type("1").enter().type("7").enter();   // welcome, motif, nothing urgent
      d.key(KeyType.F3);                               // commune: "я не знаю"
      d.type("2");                                     // not in a couple: "Ні"
      d.key(KeyType.Escape);                           // back to the couple question, answered
      assertThat(d.screen()).contains("Ви живете з партнером або партнеркою?", "F5: прослухати");
      d.key(KeyType.F5);
      String said = speech.said.get(speech.said.size() - 1);
      assertThat(said).isEqualTo("uk|Запитання.\nВи живете з партнером або партнеркою?\nВідповідь 1: Так.\nВідповідь 2: Ні.");
      assertThat(speech.speaking).isTrue();
      d.type("2");                                     // any key stops the reading
      assertThat(speech.speaking).isFalse();
    }
  }

  @Test
  void f5_withoutEspeak_saysSoOnce_andTheKioskGoesOn() throws Exception {
    Speech absent = new EspeakSpeech(data.resolve("no-espeak-ng-here").toString(), 140);
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.kiosk(), 80, 24, null, null, SHIPPED, absent)) {
      d.key(KeyType.F5);
      assertThat(d.screen()).contains("La lecture à voix haute n'est pas installée sur cette borne (espeak-ng).");
      d.type("1");
      assertThat(d.screen()).contains("Avant de commencer : vos données");
      d.key(KeyType.F5);
      assertThat(d.screen()).doesNotContain("La lecture à voix haute");
      d.type("1");
      assertThat(d.screen()).contains("partager avec le CCAS");
    }
  }
}
