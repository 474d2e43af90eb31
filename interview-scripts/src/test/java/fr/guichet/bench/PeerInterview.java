package fr.guichet.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One 60-question interview written twice from the same plan, as a Guichet script and as an
 * XForm for JavaRosa, so that bench/run.sh peers times the two engines on the same work:
 * a household repeated per member (one repeat instance per member, count from earlier answers),
 * conditions on answers and on computed values (age per member, total income, household size),
 * range checks and cross-question checks, and questions of five types.
 *
 * <p>{@link #answers()} walks both to the end: a couple, three children, a tenant; 60 answers.
 */
final class PeerInterview {

  /** Sections after the household, four questions each. */
  static final int SECTIONS = 7;
  /** Questions per member after the birth date and the income. */
  static final int MEMBER_NUMBERS = 4;
  /** The interview's date, fixed so that ages (and so which questions are asked) never drift. */
  static final String TODAY = "2026-11-25";

  private PeerInterview() {}

  static String yaml() {
    StringBuilder y = new StringBuilder("""
        id: peers-60
        version: "1"
        title: Banc des pairs
        household:
          id: foyer
          members:
            - {role: demandeur, label: vous}
            - {role: conjoint, label: le conjoint, count: "if(couple, 1, 0)", max: 1}
            - {role: enfant, label: "l'enfant {rang}", count: nb_enfants, max: 6}
          computed:
            - {id: age, value: "age(naissance)"}
        computed:
          - {id: total, value: "sum(foyer.revenu)"}
          - {id: grand, value: "total > 1000 || members() > 3"}
        sections:
          - id: s0
            title: Foyer
            items:
              - {id: couple, type: yes_no, label: "Vivez-vous en couple ?"}
              - {id: nb_enfants, type: integer, label: "Combien d'enfants ?", min: 0, max: 6}
              - id: logement
                type: single_choice
                label: Votre logement
                choices: [{value: locataire, label: Locataire}, {value: proprietaire, label: Propriétaire}, {value: heberge, label: Hébergé}]
              - {id: loyer, type: money, label: Loyer, when: "logement == 'locataire'", if_skipped: 0}
              - for_each_member: foyer
                items:
                  - {id: naissance, type: date, label: "Date de naissance de {membre}", past_only: true}
                  - {id: revenu, type: money, label: "Revenu de {membre}", when: "age >= 16", if_skipped: 0}
        """);
    for (int i = 2; i < 2 + MEMBER_NUMBERS; i++) {
      y.append("          - {id: m").append(i).append(", type: integer, label: \"Nombre ").append(i)
          .append(" de {membre}\", when: \"age >= ").append(i).append(" || rang > 1\", if_skipped: 0, checks: [{rule: \"m")
          .append(i).append(" <= 100\", message: Trop grand}]}\n");
    }
    for (int s = 1; s <= SECTIONS; s++) {
      String p = "q" + s + "_";
      y.append("  - id: s").append(s).append("\n    title: Section ").append(s).append("\n    items:\n")
          .append("      - {id: ").append(p).append("0, type: yes_no, label: \"Question ").append(p).append("0 ?\"}\n")
          .append("      - {id: ").append(p).append("1, type: money, label: \"Montant ").append(p)
          .append("1\", when: \"").append(p).append("0 || grand\", if_skipped: 0}\n")
          .append("      - {id: ").append(p).append("2, type: single_choice, label: \"Choix ").append(p)
          .append("2\", choices: [{value: a, label: A}, {value: b, label: B}, {value: c, label: C}]}\n")
          .append("      - id: ").append(p).append("3\n        type: integer\n        label: Nombre ").append(p).append("3\n")
          .append("        when: \"").append(p).append("2 != 'c' && ").append(p).append("1 < 5000\"\n")
          .append("        checks: [{rule: \"").append(p).append("3 <= 100 || ").append(p).append("0\", message: Trop grand}]\n");
    }
    return y.toString();
  }

  static String xform() {
    StringBuilder instance = new StringBuilder("<couple/><nb_enfants/><logement/><loyer/><nb_membres/>"
        + "<membre jr:template=\"\"><rang/><naissance/><age/><revenu/>");
    for (int i = 2; i < 2 + MEMBER_NUMBERS; i++) instance.append("<m").append(i).append("/>");
    instance.append("</membre><total/><grand/>");
    StringBuilder binds = new StringBuilder("""
        <bind nodeset="/data/couple" type="select1" required="true()"/>
        <bind nodeset="/data/nb_enfants" type="int" required="true()" constraint=". &gt;= 0 and . &lt;= 6" jr:constraintMsg="Entre 0 et 6"/>
        <bind nodeset="/data/logement" type="select1" required="true()"/>
        <bind nodeset="/data/loyer" type="decimal" required="true()" relevant="/data/logement = 'locataire'"/>
        <bind nodeset="/data/nb_membres" type="int" calculate="1 + if(/data/couple = 'oui', 1, 0) + /data/nb_enfants"/>
        <bind nodeset="/data/membre/rang" type="int" calculate="position(..)"/>
        <bind nodeset="/data/membre/naissance" type="date" required="true()" constraint=". &lt;= today()"/>
        <bind nodeset="/data/membre/age" type="int" calculate="int((decimal-date-time('TODAY') - decimal-date-time(../naissance)) div 365.25)"/>
        <bind nodeset="/data/membre/revenu" type="decimal" required="true()" relevant="../age &gt;= 16"/>
        <bind nodeset="/data/total" type="decimal" calculate="sum(/data/membre/revenu[. != ''])"/>
        <bind nodeset="/data/grand" type="int" calculate="if(/data/total &gt; 1000 or /data/nb_membres &gt; 3, 1, 0)"/>
        """.replace("TODAY", TODAY));
    StringBuilder body = new StringBuilder(select("/data/couple", "Vivez-vous en couple ?", "oui", "non")
        + "<input ref=\"/data/nb_enfants\"><label>Combien d'enfants ?</label></input>"
        + select("/data/logement", "Votre logement", "locataire", "proprietaire", "heberge")
        + "<input ref=\"/data/loyer\"><label>Loyer</label></input>"
        + "<group ref=\"/data/membre\"><label>Membre</label>"
        + "<repeat nodeset=\"/data/membre\" jr:count=\"/data/nb_membres\" jr:noAddRemove=\"true()\">"
        + "<input ref=\"/data/membre/naissance\"><label>Date de naissance de <output value=\"../rang\"/></label></input>"
        + "<input ref=\"/data/membre/revenu\"><label>Revenu de <output value=\"../rang\"/></label></input>");
    for (int i = 2; i < 2 + MEMBER_NUMBERS; i++) {
      binds.append("<bind nodeset=\"/data/membre/m").append(i).append("\" type=\"int\" required=\"true()\" relevant=\"../age &gt;= ")
          .append(i).append(" or ../rang &gt; 1\" constraint=\". &lt;= 100\" jr:constraintMsg=\"Trop grand\"/>\n");
      body.append("<input ref=\"/data/membre/m").append(i).append("\"><label>Nombre ").append(i)
          .append(" de <output value=\"../rang\"/></label></input>");
    }
    body.append("</repeat></group>");
    for (int s = 1; s <= SECTIONS; s++) {
      String p = "/data/q" + s + "_";
      for (int q = 0; q < 4; q++) instance.append("<q").append(s).append('_').append(q).append("/>");
      binds.append("<bind nodeset=\"").append(p).append("0\" type=\"select1\" required=\"true()\"/>\n")
          .append("<bind nodeset=\"").append(p).append("1\" type=\"decimal\" required=\"true()\" relevant=\"")
          .append(p).append("0 = 'oui' or /data/grand = 1\"/>\n")
          .append("<bind nodeset=\"").append(p).append("2\" type=\"select1\" required=\"true()\"/>\n")
          .append("<bind nodeset=\"").append(p).append("3\" type=\"int\" required=\"true()\" relevant=\"")
          .append(p).append("2 != 'c' and (").append(p).append("1 &lt; 5000 or string(").append(p).append("1) = '')\" constraint=\". &lt;= 100 or ")
          .append(p).append("0 = 'oui'\" jr:constraintMsg=\"Trop grand\"/>\n");
      body.append(select(p + "0", "Question q" + s + "_0 ?", "oui", "non"))
          .append("<input ref=\"").append(p).append("1\"><label>Montant q").append(s).append("_1</label></input>")
          .append(select(p + "2", "Choix q" + s + "_2", "a", "b", "c"))
          .append("<input ref=\"").append(p).append("3\"><label>Nombre q").append(s).append("_3</label></input>");
    }
    return """
        <?xml version="1.0"?>
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
        <h:head><h:title>Banc des pairs</h:title><model>
        <instance><data id="peers-60">INSTANCE</data></instance>
        BINDS</model></h:head>
        <h:body>BODY</h:body></h:html>
        """.replace("INSTANCE", instance).replace("BINDS", binds).replace("BODY", body);
  }

  private static String select(String ref, String label, String... values) {
    StringBuilder x = new StringBuilder("<select1 ref=\"" + ref + "\"><label>" + label + "</label>");
    for (String v : values) x.append("<item><label>").append(v).append("</label><value>").append(v).append("</value></item>");
    return x.append("</select1>").toString();
  }

  /**
   * Raw answers as a person types them (Guichet's keys: member role and rank, question id): a
   * couple with three children (16, 12 and 8 years old: the two youngest have no income
   * question), tenants. Choices are typed by their number, as on the keyboard.
   */
  static Map<String, String> answers() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("couple", "oui");
    answers.put("nb_enfants", "3");
    answers.put("logement", "1");
    answers.put("loyer", "612,40");
    String[] births = {"01/02/1980", "03/04/1982", "05/06/2010", "07/08/2014", "09/10/2018"};
    String[] members = {"demandeur", "conjoint", "enfant1", "enfant2", "enfant3"};
    for (int m = 0; m < members.length; m++) {
      answers.put(members[m] + ".naissance", births[m]);
      answers.put(members[m] + ".revenu", "1 200,50");
      for (int i = 2; i < 2 + MEMBER_NUMBERS; i++) answers.put(members[m] + ".m" + i, String.valueOf(10 * i));
    }
    for (int s = 1; s <= SECTIONS; s++) {
      answers.put("q" + s + "_0", s % 2 == 0 ? "oui" : "non");
      answers.put("q" + s + "_1", "1 234,56");
      answers.put("q" + s + "_2", String.valueOf(1 + s % 2));
      answers.put("q" + s + "_3", "42");
    }
    return answers;
  }
}
