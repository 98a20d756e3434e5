package com.interviewiq.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The console's packages: {@code common} (FX thread, views, confirmation, context, navigation, UI
 * state) and {@code charts} (JFreeChart models, PNG and result files, free of JavaFX so the CLI
 * can use them; the FX chart widgets in {@code charts.fx}) and {@code reports} (the report PDF, free
 * of JavaFX too) at the bottom, the feature screens beside each other, {@code startup}
 * and {@code shell} (the application, which composes the screens) on top. No package cycles, and
 * no feature knows another: screens reach each other only through the navigator.
 */
@AnalyzeClasses(packages = "com.interviewiq.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final List<String> FEATURES = List.of("bench", "dashboard", "health", "interview", "questions", "sessions", "settings");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.interviewiq.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theBottomKnowsNoScreen = noClasses()
            .that().resideInAnyPackage("..ui.common..", "..ui.charts..", "..ui.reports..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    FEATURES.stream().map(f -> "..ui." + f + "..").toArray(String[]::new))
            .orShould().dependOnClassesThat().resideInAnyPackage("..ui.shell..", "..ui.startup..");

    @ArchTest
    static final ArchRule chartFilesNeedNoJavaFx = noClasses().that().resideInAPackage("com.interviewiq.ui.charts")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "com.interviewiq.ui.charts.fx..")
            .because("the headless CLI's bench --out draws the same charts and files (JavaFX widgets live in charts.fx)");

    @ArchTest
    static final ArchRule reportFilesNeedNoJavaFx = noClasses().that().resideInAPackage("com.interviewiq.ui.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "com.interviewiq.ui.charts.fx..",
                    "com.interviewiq.ui.common..")
            .because("the headless CLI's sessions report --pdf writes the same PDF as the console");

    @ArchTest
    static void featuresAreIndependent(JavaClasses classes) {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "..ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("..ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("..ui.shell..", "..ui.startup..")
                    .because("screens reach each other through the navigator, so each can change alone")
                    .check(classes);
        }
    }
}
