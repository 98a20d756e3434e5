package com.interviewiq.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows one way: app -> ui -> engine; engine has no JavaFX, ui no database types. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the engine's test-jar (shared test fixtures) is on this module's test class path
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
            .importPackages("com.interviewiq");

    @Test
    void engineImportsNoJavaFxAndNothingAboveIt() {
        noClasses().that().resideInAPackage("com.interviewiq.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.interviewiq.ui..", "com.interviewiq.app..")
                .check(CLASSES);
    }

    @Test
    void uiUsesNoDatabaseTypesAndNotTheApp() {
        noClasses().that().resideInAPackage("com.interviewiq.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.r2dbc..", "com.zaxxer..",
                        "reactor..", "org.h2..", "org.postgresql..", "com.interviewiq.app..",
                        "com.interviewiq.engine.db.jdbc..", "com.interviewiq.engine.db.r2dbc..")
                .check(CLASSES);
    }

    /**
     * The benchmark's bare r2dbc-pool baseline (raw-async) is the one exception: it drives the pool with plain
     * Reactor on purpose, so that the engine's own cost in async mode is a measured ratio.
     */
    @Test
    void reactorStaysInsideTheR2dbcAdapter() {
        noClasses().that().resideInAPackage("com.interviewiq..")
                .and().resideOutsideOfPackage("com.interviewiq.engine.db.r2dbc..")
                .and().doNotHaveFullyQualifiedName("com.interviewiq.engine.bench.RawR2dbcLoad")
                .should().dependOnClassesThat().resideInAnyPackage("reactor..", "io.r2dbc..")
                .check(CLASSES);
    }

    /** Only the gui command opens a window: every other command runs on a machine without a display. */
    @Test
    void theHeadlessCommandsUseNoJavaFx() {
        noClasses().that().resideInAPackage("com.interviewiq.app")
                .and().haveNameNotMatching("com\\.interviewiq\\.app\\.GuiLauncher(\\$.*)?") // and the classes inside it
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..",
                        "com.interviewiq.ui.charts.fx..", "com.interviewiq.ui.shell..", "com.interviewiq.ui.startup..",
                        "com.interviewiq.ui.common..", "com.interviewiq.ui.bench..", "com.interviewiq.ui.dashboard..")
                .check(CLASSES);
    }
}
