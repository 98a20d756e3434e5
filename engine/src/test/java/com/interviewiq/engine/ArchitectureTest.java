package com.interviewiq.engine;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's packages as the architecture says: no package cycles (every package its own slice,
 * the composition root included), and the data port independent of its two adapters. Only the
 * composition root opens an adapter, and the benchmark's raw baselines (bare HikariCP and bare
 * r2dbc-pool on purpose: they measure the engine's own cost in each mode) use the adapters' pool
 * configuration, so a baseline and its engine mode run on the same pool.
 */
@AnalyzeClasses(packages = "com.interviewiq.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.interviewiq.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePortDoesNotKnowItsAdapters = noClasses()
            .that().resideOutsideOfPackages("..engine.db.jdbc..", "..engine.db.r2dbc..")
            .and().doNotHaveFullyQualifiedName(Backends.class.getName())
            .and().doNotHaveFullyQualifiedName("com.interviewiq.engine.bench.RawJdbcLoad")
            .and().doNotHaveFullyQualifiedName("com.interviewiq.engine.bench.RawR2dbcLoad")
            .should().dependOnClassesThat().resideInAnyPackage("..engine.db.jdbc..", "..engine.db.r2dbc..")
            .because("services are written once against the data port; Backends (the composition root) picks the adapter");

    @ArchTest
    static final ArchRule healthKnowsNoSampler = noClasses().that().resideInAPackage("..engine.health..")
            .should().dependOnClassesThat().resideInAPackage("..engine.monitor..")
            .because("health judges a Load from whoever feeds it");

    @ArchTest
    static final ArchRule theMonitorOwnsNoHealth = noClasses().that().resideInAPackage("..engine.monitor..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.interviewiq.engine.health.HealthMonitor")
            .because("the monitor samples and health judges; the engine wires one to the other");
}
