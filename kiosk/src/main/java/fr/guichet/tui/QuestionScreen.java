package fr.guichet.tui;

import fr.guichet.print.InertText;
import com.googlecode.lanterna.gui2.CheckBoxList;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import fr.guichet.engine.ChoiceView;
import fr.guichet.engine.Progress;
import fr.guichet.engine.QuestionView;
import java.util.List;

/**
 * One question: section title, progress bar, the question, the way to answer it (numbered
 * choices, boxes to tick, or a line to type), the engine's refusal in red, and the help on F1.
 */
final class QuestionScreen extends Screen {
  private static final int BAR_WIDTH = 20;
  /** At most this many lines of question and of help, whatever the script holds. */
  private static final int LABEL_LINES = 4;
  private static final int HELP_LINES = 6;

  private final QuestionView view;
  private Menu choices;
  private CheckBoxList<String> boxes;
  private TextBox input;
  private Label help;

  QuestionScreen(GuichetUi ui, QuestionView view) {
    super(ui);
    this.view = view;
  }

  @Override
  protected void build() {
    panel.addComponent(Themes.bold(text(InertText.clipped(view.sectionTitle(), ui.columns()))));
    panel.addComponent(new Label(progress(view.progress(), t("question.progress", view.progress().position(), view.progress().total()))));
    space();
    panel.addComponent(Themes.bold(text(InertText.clipped(view.label(), ui.columns() * LABEL_LINES))));
    space();
    // Exhaustive on purpose: a new kind of question without a view here does not compile.
    switch (view.kind()) {
      case YES_NO, SINGLE_CHOICE -> buildChoices(view.choices());
      case MULTIPLE_CHOICE -> buildBoxes();
      case INFO -> panel.addComponent(text(t("question.info")));
      case INTEGER, MONEY, DATE, TEXT, COMMUNE -> buildInput();
    }
    space();
    addMessage();
    help = text("");
    panel.addComponent(help);
  }

  static String progress(Progress p) {
    return progress(p, "Question " + p.position() + " sur " + p.total());
  }

  /** "Question 3 sur 12" (in the screen's language), then the bar and the percentage. */
  static String progress(Progress p, String words) {
    int filled = p.total() == 0 ? BAR_WIDTH : Math.min(BAR_WIDTH, p.answered() * BAR_WIDTH / p.total());
    return words + "   "
        + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " " + p.percent() + " %";
  }

  private void buildChoices(List<ChoiceView> list) {
    choices = new Menu(ui, null);
    int picked = 0;
    for (ChoiceView choice : list) {
      String number = String.valueOf(choice.number());
      choices.add(choice.label(), () -> ui.flow().answer(number));
      if (choice.picked()) {
        picked = choice.number() - 1;
      }
    }
    choices.select(picked);
    panel.addComponent(choices.component());
  }

  private void buildBoxes() {
    boxes = new CheckBoxList<>();
    for (ChoiceView choice : view.choices()) {
      boxes.addItem(choice.number() + ". " + InertText.of(choice.label()), choice.picked());
    }
    panel.addComponent(boxes);
    panel.addComponent(text(t("question.boxes")));
  }

  private void buildInput() {
    String current = view.currentInput();
    boolean keep = current != null && !"je ne sais pas".equals(current);
    input = new TextBox(new com.googlecode.lanterna.TerminalSize(Math.min(60, ui.columns()), 1),
        keep ? InertText.of(current) : "");
    panel.addComponent(input);
    String hint = switch (view.kind()) {
      case DATE -> t("question.hint.date");
      case MONEY -> t("question.hint.money");
      case INTEGER -> t("question.hint.integer");
      case COMMUNE -> t("question.hint.commune");
      case TEXT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, INFO -> "";
    };
    if (!hint.isEmpty()) {
      panel.addComponent(text(hint));
    }
  }

  /**
   * Read aloud: the question, its choices with their numbers (or how to type the answer), the
   * help when shown and the refusal; never the answer already given (the room is public).
   */
  @Override
  String spoken() {
    StringBuilder said = new StringBuilder(t("listen.question")).append('\n').append(view.label()).append('\n');
    if (view.choices().isEmpty()) {
      if (!view.isInformation()) {
        said.append(t("listen.type")).append('\n');
      }
    } else {
      for (ChoiceView choice : view.choices()) {
        said.append(t("listen.choice", choice.number(), choice.label())).append('\n');
      }
    }
    if (help != null && !help.getText().isEmpty()) {
      said.append(help.getText()).append('\n');
    }
    if (!messageText().isEmpty()) {
      said.append(messageText());
    }
    return said.toString().strip();
  }

  @Override
  Interactable focus() {
    if (choices != null) {
      return choices.component();
    }
    return boxes != null ? boxes : input;
  }

  @Override
  boolean onKey(KeyStroke key) {
    switch (key.getKeyType()) {
      case Escape, F2 -> ui.flow().back();
      case F1 -> toggleHelp();
      case F3 -> dontKnow();
      case F4 -> ui.flow().review();
      case F10 -> ui.flow().saveForLater();
      case Enter -> {
        if (choices != null) {
          return false;
        }
        ui.flow().answer(typed());
      }
      case Character -> {
        return digit(key);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private boolean digit(KeyStroke key) {
    if (choices != null) {
      return choices.digit(key);
    }
    if (boxes != null && isDigit(key)) {
      int index = key.getCharacter() - '1';
      if (index < boxes.getItemCount()) {
        boxes.setSelectedIndex(index);
        boxes.toggleChecked(index);
      }
      return true;
    }
    return false;
  }

  /** What the engine is given: the text typed, or the numbers of the ticked boxes. */
  String typed() {
    if (input != null) {
      return input.getText();
    }
    if (boxes != null) {
      StringBuilder numbers = new StringBuilder();
      for (int i = 0; i < boxes.getItemCount(); i++) {
        if (boxes.isChecked(i)) {
          numbers.append(numbers.length() == 0 ? "" : ",").append(i + 1);
        }
      }
      return numbers.toString();
    }
    return "";
  }

  private void toggleHelp() {
    if (!view.hasHelp()) {
      help.setText(t("question.no_help"));
    } else {
      help.setText(help.getText().isEmpty()
          ? t("question.help", InertText.clipped(view.help(), ui.columns() * HELP_LINES)) : "");
    }
  }

  private void dontKnow() {
    if (view.allowUnknown()) {
      ui.flow().dontKnow();
    } else {
      showError(t("question.no_dont_know"));
    }
  }

  @Override
  String keys() {
    StringBuilder k = new StringBuilder(t("keys.validate") + "   " + t("keys.back") + "   ");
    if (view.hasHelp()) {
      k.append(t("keys.help")).append("   ");
    }
    if (view.allowUnknown()) {
      k.append(t("keys.dont_know")).append("   ");
    }
    k.append(t("keys.review")).append("   ").append(t("keys.save"));
    if (!ui.settings().kiosk() && ui.flow().interview().script().languages().size() > 1) {
      k.append("   ").append(t("keys.language"));
    }
    if (!ui.settings().kiosk()) {
      k.append("   ").append(t("keys.quit"));
    }
    return k.toString();
  }
}
