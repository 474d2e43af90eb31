package fr.guichet.script.load;

import fr.guichet.script.AnswerType;
import fr.guichet.script.load.Declarations.Declaration;
import fr.guichet.script.load.ScriptCompiler.PendingQuestion;
import fr.guichet.script.load.ScriptFile.ItemFile;
import fr.guichet.script.load.ScriptFile.SectionFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** First pass over the sections: declares every question with its type, in interview order. */
final class QuestionDeclarer {

  private final Problems problems;
  private final Declarations declarations;
  private final TypeFactory types;
  private final List<PendingQuestion> pending = new ArrayList<>();
  private final Set<String> sectionIds = new HashSet<>();

  QuestionDeclarer(Problems problems, Declarations declarations, TypeFactory types) {
    this.problems = problems;
    this.declarations = declarations;
    this.types = types;
  }

  List<PendingQuestion> declare(ScriptFile file) {
    List<SectionFile> sections = ScriptCompiler.sections(file);
    if (sections.isEmpty()) problems.at("/sections", "le script n'a aucune section (sections)");
    for (int s = 0; s < sections.size(); s++) {
      SectionFile section = sections.get(s);
      String pointer = "/sections/" + s;
      if (section.id() == null || !ScriptCompiler.ID.matcher(section.id()).matches() || !sectionIds.add(section.id())) {
        problems.at(pointer, "section sans identifiant (id), avec un identifiant invalide ou en double");
      }
      if (section.items() == null || section.items().isEmpty()) {
        problems.at(pointer, "la section « " + section.id() + " » n'a aucune question (items)");
        continue;
      }
      for (int i = 0; i < section.items().size(); i++) item(section.items().get(i), pointer + "/items/" + i, s);
    }
    return pending;
  }

  private void item(ItemFile item, String pointer, int section) {
    if (item.forEachMember() == null) {
      question(item, pointer, section, false, null, null);
      return;
    }
    if (declarations.householdId() == null || !item.forEachMember().equals(declarations.householdId())) {
      problems.at(pointer + "/for_each_member", "for_each_member doit nommer le foyer déclaré (household.id)");
    }
    if (item.id() != null || item.type() != null || item.label() != null) {
      problems.at(pointer, "un bloc for_each_member ne porte que when et items (ses questions portent id, type, label)");
    }
    if (item.items() == null || item.items().isEmpty()) {
      problems.at(pointer, "le bloc for_each_member n'a aucune question (items)");
      return;
    }
    for (int i = 0; i < item.items().size(); i++) {
      ItemFile inner = item.items().get(i);
      String innerPointer = pointer + "/items/" + i;
      if (inner.forEachMember() != null) {
        problems.at(innerPointer, "un bloc for_each_member ne peut pas en contenir un autre");
        continue;
      }
      question(inner, innerPointer, section, true, item.when(), pointer + "/when");
    }
  }

  private void question(ItemFile item, String pointer, int section, boolean perMember, String blockWhen, String blockPointer) {
    if (item.items() != null) problems.at(pointer + "/items", "seul un bloc for_each_member contient des items");
    String id = item.id();
    if (id == null || !ScriptCompiler.ID.matcher(id).matches()) {
      problems.at(pointer, "question sans identifiant (id) valide : minuscules, chiffres et _, en commençant par une lettre");
      return;
    }
    if (ScriptCompiler.RESERVED.contains(id) || declarations.has(id) || declarations.roles().contains(id)) {
      problems.at(pointer + "/id", "identifiant « " + id + " » déjà utilisé (ou réservé)");
      return;
    }
    AnswerType type = types.build(item, pointer);
    if (type == null) return;
    int order = pending.size();
    declarations.add(new Declaration(id, perMember, false, ScriptCompiler.symbolOf(type), order, pointer));
    pending.add(new PendingQuestion(item, pointer, section, perMember, blockWhen, blockPointer, type, order));
  }
}
