package fr.guichet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the application: keystroke → terminal UI → session service → engine + store.
 * A rule broken here means a second way through the code has appeared.
 */
class LayersTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("fr.guichet");
  }

  @Test
  void sessionService_knowsNoScreenNorDatabaseTechnology() {
    noClasses().that().resideInAPackage("fr.guichet.session..")
        .should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..",
            "fr.guichet.tui..", "fr.guichet.app..", "fr.guichet.store.sqlite..",
            "fr.guichet.store.postgres..", "fr.guichet.store.jdbc..", "java.sql..")
        .check(classes);
  }

  @Test
  void commands_driveTheSessionService_notTheTerminalInterface() {
    noClasses().that().resideInAPackage("fr.guichet.app..")
        .and().doNotHaveSimpleName("TuiLauncher")
        .should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..",
            "fr.guichet.tui..")
        .because("TuiLauncher is the terminal's one wiring place; every other command goes"
            + " through the session service")
        .check(classes);
  }

  @Test
  void terminalInterface_reachesTheStoreOnlyThroughTheSessionService() {
    noClasses().that().resideInAPackage("fr.guichet.tui..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.store.sqlite..",
            "fr.guichet.store.postgres..", "fr.guichet.store.jdbc..", "java.sql..", "fr.guichet.app..")
        .check(classes);
  }

  @Test
  void store_knowsNothingAboveIt() {
    noClasses().that().resideInAPackage("fr.guichet.store..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.session..",
            "fr.guichet.tui..", "fr.guichet.app..", "fr.guichet.engine..",
            "com.googlecode.lanterna..")
        .check(classes);
  }

  @Test
  void storeConcerns_dependOnNoImplementation() {
    noClasses().that().resideInAnyPackage("fr.guichet.store.session..", "fr.guichet.store.account..",
            "fr.guichet.store.audit..", "fr.guichet.store.key..", "fr.guichet.store.personal..",
            "fr.guichet.store.throttle..", "fr.guichet.store.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.store.sqlite..",
            "fr.guichet.store.postgres..", "fr.guichet.store.jdbc..", "java.sql..")
        .check(classes);
  }

  @Test
  void sharedSql_knowsNoTechnology() {
    noClasses().that().resideInAPackage("fr.guichet.store.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.store.sqlite..",
            "fr.guichet.store.postgres..", "org.sqlite..", "org.postgresql..", "com.zaxxer..")
        .because("SQLite and PostgreSQL run the same SQL; what differs is in their Database")
        .check(classes);
  }

  @Test
  void statistics_knowNoScreenNorDatabaseTechnology() {
    noClasses().that().resideInAPackage("fr.guichet.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..",
            "fr.guichet.tui..", "fr.guichet.app..", "fr.guichet.store.sqlite..",
            "fr.guichet.store.postgres..", "fr.guichet.store.jdbc..", "java.sql..")
        .check(classes);
  }
}
