package com.interviewiq.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "interviewiq", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "InterviewIQ Console: interview platform engine over sync JDBC or async R2DBC.",
        footer = {"", "Without a command the console opens (same as 'gui')."})
public final class RootCommand implements Callable<Integer> {
    /**
     * The commands, in the order help lists them. Not in the annotation: picocli builds the model of
     * every listed command by reflection before parsing, 0.3 s of a 0.6 s start, so {@link Main} adds
     * only those the command line names (all of them when it names none, for help and errors).
     */
    static final List<Class<?>> COMMANDS = List.of(GuiCommand.class, ValidateCommand.class, HealthCommand.class,
            QuestionsCommand.class, SessionsCommand.class, CandidatesCommand.class, DataCommand.class,
            SimulateCommand.class, ServeCommand.class, MonitoringOverheadCommand.class, BenchCommand.class,
            EvaluateCommand.class, MetricsCommand.class);

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    /** Set by the launcher; tests replace it to avoid opening a window. */
    GuiLauncher guiLauncher = new GuiLauncher();

    @Override
    public Integer call() {
        return guiLauncher.launch(global);
    }
}
