package fr.guichet.bench;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.DecimalData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.util.XFormUtils;

/**
 * One walk through {@link PeerInterview#xform()} with JavaRosa's client API, as ODK Collect
 * drives it: answer the current question (raw text turned into JavaRosa's typed answer), step to
 * the next event, read the next prompt's text.
 */
final class JavaRosaWalk {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final byte[] xform;

  JavaRosaWalk(String xform) {
    this.xform = xform.getBytes(StandardCharsets.UTF_8);
  }

  /** A fresh form, parsed and initialised (not timed: Guichet's Interview.start is not either). */
  FormEntryController open() {
    FormDef form;
    try {
      form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform));
    } catch (org.javarosa.xform.parse.XFormParser.ParseException e) {
      throw new IllegalStateException(e);
    }
    form.initialize(true, new InstanceInitializationFactory());
    FormEntryController controller = new FormEntryController(new FormEntryModel(form));
    int event = controller.stepToNextEvent();
    while (event != FormEntryController.EVENT_QUESTION && event != FormEntryController.EVENT_END_OF_FORM) {
      event = controller.stepToNextEvent();
    }
    return controller;
  }

  /**
   * Answers every question from {@code answers}; records in {@code nanos} (from {@code at}) the
   * time of each answer to the next question's prompt, and in {@code asked} the Guichet key of
   * each question asked (if not null). Returns the number of answers.
   */
  int walk(FormEntryController controller, Map<String, String> answers, long[] nanos, int at, List<String> asked) {
    FormEntryModel model = controller.getModel();
    int count = 0;
    while (model.getEvent() != FormEntryController.EVENT_END_OF_FORM) {
      long t0 = System.nanoTime();
      FormEntryPrompt prompt = model.getQuestionPrompt();
      String key = key(prompt.getIndex().getReference(), "oui".equals(answers.get("couple")));
      String raw = answers.get(key);
      if (raw == null) throw new IllegalStateException("no answer for " + key);
      int result = controller.answerQuestion(prompt.getIndex(), typed(prompt, raw), true);
      if (result != FormEntryController.ANSWER_OK) throw new IllegalStateException("refused " + key + ": " + result);
      int event = controller.stepToNextEvent();
      while (event != FormEntryController.EVENT_QUESTION && event != FormEntryController.EVENT_END_OF_FORM) {
        event = controller.stepToNextEvent();
      }
      if (event == FormEntryController.EVENT_QUESTION) model.getQuestionPrompt().getQuestionText();
      if (nanos != null) nanos[at + count] = System.nanoTime() - t0;
      if (asked != null) asked.add(key);
      count++;
    }
    return count;
  }

  /** /data/membre[k]/naissance -> demandeur.naissance, conjoint.naissance, enfant1.naissance... */
  private static String key(TreeReference ref, boolean couple) {
    String name = ref.getNameLast();
    if (ref.size() == 3 && ref.getName(1).equals("membre")) {
      int k = ref.getMultiplicity(1);
      return (k == 0 ? "demandeur" : couple && k == 1 ? "conjoint" : "enfant" + (couple ? k - 1 : k)) + "." + name;
    }
    return name;
  }

  private static IAnswerData typed(FormEntryPrompt prompt, String raw) {
    switch (prompt.getDataType()) {
      case Constants.DATATYPE_CHOICE: {
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (raw.chars().allMatch(Character::isDigit)) return new SelectOneData(choices.get(Integer.parseInt(raw) - 1).selection());
        for (SelectChoice choice : choices) {
          if (choice.getValue().equals(raw)) return new SelectOneData(choice.selection());
        }
        throw new IllegalArgumentException(raw);
      }
      case Constants.DATATYPE_INTEGER:
        return new IntegerData(Integer.parseInt(raw.trim()));
      case Constants.DATATYPE_DECIMAL:
        return new DecimalData(new BigDecimal(raw.replace(" ", "").replace(',', '.')).doubleValue());
      case Constants.DATATYPE_DATE:
        return new DateData(Date.from(LocalDate.parse(raw, FRENCH_DATE).atStartOfDay(ZoneId.systemDefault()).toInstant()));
      default:
        throw new IllegalArgumentException("type " + prompt.getDataType());
    }
  }

  static List<String> askedKeys(String xform, Map<String, String> answers) {
    JavaRosaWalk walk = new JavaRosaWalk(xform);
    List<String> asked = new ArrayList<>();
    walk.walk(walk.open(), answers, null, 0, asked);
    return asked;
  }
}
