package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import fr.guichet.access.Role;
import fr.guichet.i18n.AppTexts;
import fr.guichet.script.Script;
import fr.guichet.script.load.ScriptLoader;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Languages on the real screens (virtual terminal), with the shipped interview. */
class LanguageScreensTest {
  private static final Script SHIPPED = new ScriptLoader().loadBundled(ScriptLoader.DEFAULT_SCRIPT);

  @TempDir Path data;

  @Test
  void desk_whenAgentPressesF8_showsTheSameQuestionInEnglishThenUkrainian_andKeepsTheAnswers() throws Exception {
    try (ScreenDriver d = new ScreenDriver(data, ScreenDriver.desk(), 80, 24, null, Role.MEDIATEUR, SHIPPED)) {
      d.logIn("m.durand", ScreenDriver.PASSWORD);
      d.type("1").enter();                       // new interview, welcome text
      d.type("1").enter();                       // motif
      assertThat(d.screen()).contains("Avez-vous un besoin urgent ?", "F8 : langue");

      d.key(KeyType.F8);
      assertThat(d.screen()).contains("Do you need something urgently?", "Question 3 of", "F8: language", "English");
      d.key(KeyType.F8);
      assertThat(d.screen()).contains("Вам щось потрібно терміново?", "Запитання 3 з");
      d.type("7").enter();
      assertThat(d.screen()).contains("У якій комуні");

      UUID id = d.store.sessions().list().get(0).id();
      assertThat(d.store.sessions().language(id)).isEqualTo("uk");
      assertThat(d.store.sessions().currentAnswers(id)).containsEntry("motif", "droits").containsEntry("besoins_urgents", "aucun");
      d.key(KeyType.F8);
      assertThat(d.screen()).contains("Dans quelle commune habitez-vous ?");
    }
  }

  @Test
  void appTexts_inEnglishAndUkrainian_haveEveryKeyOfTheFrench() {
    for (String language : new String[] {"en", "uk"}) {
      AppTexts texts = AppTexts.of(language);
      assertThat(AppTexts.keys()).as(language).allSatisfy(key -> assertThat(texts.has(key)).as(language + " " + key).isTrue());
    }
    assertThat(AppTexts.of("uk").get("saved.code", "K7F-M2Q-9XR4")).isEqualTo("Код: K7F-M2Q-9XR4");
    assertThat(AppTexts.of("ar").get("welcome.title")).isEqualTo("[fr] Bienvenue");
  }
}
