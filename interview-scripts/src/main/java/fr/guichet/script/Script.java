package fr.guichet.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An interview script, loaded and validated: immutable, shared by every interview that uses it.
 * {@code facts} say which answers fill which situation facts (the eligibility rules read only those).
 * {@code names} are the names its top-level expressions may read, so that other data files
 * (local aids, routing rules) can write expressions over the same interview and be type-checked.
 */
public record Script(
    String id,
    String version,
    Text title,
    List<String> languages,
    Household household,
    List<Section> sections,
    List<Computed> computed,
    String source,
    fr.guichet.expr.Symbols names,
    fr.guichet.script.facts.ScriptFacts facts) {

  public Script {
    languages = List.copyOf(languages);
    sections = List.copyOf(sections);
    computed = List.copyOf(computed);
    facts = facts == null ? fr.guichet.script.facts.ScriptFacts.NONE : facts;
  }

  /** Every question in interview order. */
  public List<Question> questions() {
    List<Question> all = new ArrayList<>();
    for (Section section : sections) all.addAll(section.questions());
    return all;
  }

  public Optional<Question> question(String id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Map<String, Section> sectionsById() {
    Map<String, Section> byId = new LinkedHashMap<>();
    for (Section section : sections) byId.put(section.id(), section);
    return byId;
  }
}
