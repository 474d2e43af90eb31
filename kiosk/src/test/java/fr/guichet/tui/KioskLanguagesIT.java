package fr.guichet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kiosk in a real terminal (tmux), with the shipped interview: a person picks Ukrainian
 * or English on the first screen and goes to the results in that language, Cyrillic and
 * accents intact; the session keeps the language when it is resumed at a kiosk.
 */
class KioskLanguagesIT {
  @TempDir Path data;

  private final Tmux tmux = new Tmux();

  @AfterEach
  void tearDown() {
    tmux.close();
  }

  private void startKiosk(String name) {
    tmux.start(name, 80, 24, "env GUICHET_OPERATOR_PIN=2468 " + Path.of(System.getProperty("java.home"), "bin", "java")
        + " -Xmx64m -jar " + Path.of("target", "guichet.jar").toAbsolutePath() + " kiosk --data " + data
        + " --poste borne-langues");
    tmux.waitFor("Bienvenue");
  }

  /** The shipped interview, answered as a single jobless tenant would, from the welcome screen. */
  private void answerToTheEnd(Texts t) {
    tmux.keys("1");
    tmux.waitFor(t.privacy);
    tmux.keys("1");
    tmux.waitFor(t.sharing);
    tmux.keys("2");
    tmux.waitFor(t.welcome);
    tmux.keys("Enter");
    tmux.waitFor(t.motif);
    tmux.keys("1", "Enter");
    tmux.waitFor(t.urgent);
    tmux.keys("7", "Enter");
    tmux.waitFor(t.commune);
    tmux.type("25000");
    tmux.keys("Enter");
    tmux.waitFor(t.couple);
    tmux.waitFor(t.no);
    assertThat(tmux.screen()).contains(t.yes);
    tmux.keys("2");
    tmux.waitFor(t.children);
    tmux.type("beaucoup");
    tmux.keys("Enter");
    tmux.waitFor(t.refusal);
    tmux.keys("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace");
    tmux.type("0");
    tmux.keys("Enter");
    tmux.waitFor(t.others);
    tmux.type("0");
    tmux.keys("Enter");
    tmux.waitFor(t.birth);
    tmux.type("14/03/1985");
    tmux.keys("Enter");
    tmux.waitFor(t.nationality);
    tmux.keys("3");
    tmux.waitFor(t.permit);
    tmux.type("3");
    tmux.keys("Enter");
    tmux.waitFor(t.activity);
    tmux.keys("4");
    tmux.waitFor(t.pregnant);
    tmux.keys("2");
    tmux.waitFor(t.housing);
    tmux.keys("1");
    tmux.waitFor(t.rent);
    tmux.type("500");
    tmux.keys("Enter");
    tmux.waitFor(t.housingAid);
    tmux.keys("2");
    tmux.waitFor(t.arrears);
    tmux.keys("2");
    tmux.waitFor(t.incomeInfo);
    tmux.keys("Enter");
    tmux.waitFor(t.incomes);
    tmux.keys("8", "Enter");
    tmux.waitFor(t.benefits);
    tmux.keys("4", "Enter");
    tmux.waitFor(t.taxIncome);
    tmux.keys("F3");
    tmux.waitFor(t.disability);
    tmux.keys("2");
    tmux.waitFor(t.thanks);
    tmux.keys("Enter");
    tmux.waitFor(t.review);
    tmux.keys("End", "Enter");
    tmux.waitFor(t.results);
    tmux.waitFor(t.print);
  }

  @Test
  void kiosk_inUkrainian_goesToTheResultsInUkrainian_andResumesInUkrainian() {
    startKiosk("kiosk-uk");
    tmux.waitFor("4. Українська");
    assertThat(tmux.screen()).contains("Langue — Language — Мова : 3, 4", "3. English");
    tmux.keys("4");
    tmux.waitFor("Ласкаво просимо");
    answerToTheEnd(Texts.UKRAINIAN);
    tmux.keys("3");
    String code = tmux.waitFor(java.util.regex.Pattern.compile("Код: ([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4})")).group(1);
    tmux.keys("2");
    tmux.waitFor("Bienvenue");                 // the next person starts in French

    tmux.keys("2");
    tmux.waitFor("Code de reprise");
    tmux.type(code);
    tmux.keys("Enter");
    tmux.type("14/03/1985");
    tmux.keys("Enter");
    tmux.waitFor("Ваші відповіді");            // resumed in the person's language, at the review
  }

  @Test
  void kiosk_inEnglish_goesToTheResultsInEnglish() {
    startKiosk("kiosk-en");
    tmux.keys("3");
    tmux.waitFor("Welcome");
    answerToTheEnd(Texts.ENGLISH);
  }

  /** What the person reads on each screen, in one language. */
  private record Texts(String privacy, String sharing, String welcome, String motif, String urgent,
      String commune, String couple, String yes, String no, String children, String refusal, String others,
      String birth, String nationality, String permit, String activity, String pregnant, String housing,
      String rent, String housingAid, String arrears, String incomeInfo, String incomes, String benefits,
      String taxIncome, String disability, String thanks, String review, String results, String print) {

    static final Texts UKRAINIAN = new Texts("Перед початком: ваші дані", "показати відповіді CCAS?",
        "Добрий день. Ми поставимо вам", "Чому ви прийшли сьогодні?", "Вам щось потрібно терміново?",
        "У якій комуні", "Ви живете з партнером або партнеркою?", "1. Так", "2. Ні", "Скільки дітей живе з вами?",
        "Напишіть ціле число цифрами (наприклад, 2).", "Скільки ще людей живе з вами?", "Яка ваша дата народження?",
        "Яке у вас громадянство?", "посвідка на проживання", "Чим ви займаєтеся зараз?", "чекаєте дитину?",
        "Де ви живете?", "Скільки ви платите за оренду", "житлову допомогу", "борги за оренду",
        "Тепер поговоримо про гроші", "Які доходи ви отримали", "якусь із цих допомог", "revenu fiscal de référence",
        "інвалідність, визнану MDPH?", "Дякуємо.", "Ваші відповіді", "Ваша ситуація", "1. Надрукувати підсумок");

    static final Texts ENGLISH = new Texts("Before we start: your data", "share with the CCAS?",
        "Hello. We will ask you", "Why have you come today?", "Do you need something urgently?",
        "In which town do you live?", "Do you live with a partner?", "1. Yes", "2. No", "How many children live with you?",
        "Write a whole number, in figures (for example 2).", "How many other people live with you?",
        "What is your date of birth?", "What is your nationality?", "residence permit", "What do you do today?",
        "expecting a baby?", "Where do you live?", "How much rent do you pay", "housing aid", "late paying rent",
        "Now we will talk about the money", "What money did you receive", "any of these from the CAF",
        "revenu fiscal de référence", "disability recognised by the MDPH?", "Thank you.", "Your answers",
        "Your situation", "1. Print the summary");
  }
}
