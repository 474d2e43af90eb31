package fr.guichet.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Every fuzz target of the project, in the order they are run and reported. */
public final class FuzzTargets {
  private FuzzTargets() {}

  public static List<Fuzz.Target<?>> all() {
    List<Fuzz.Target<?>> all = new ArrayList<>();
    all.addAll(AnswerParserTargets.all());
    all.addAll(ScriptLoaderTargets.all());
    all.addAll(OpenFiscaTargets.all());
    all.addAll(ResumeCodeTargets.all());
    all.addAll(fr.guichet.tui.KeyFilterTargets.all());
    return all;
  }
}
