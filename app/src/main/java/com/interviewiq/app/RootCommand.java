package com.interviewiq.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "interviewiq", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "InterviewIQ Console: interview platform engine over sync JDBC or async R2DBC.",
        subcommands = {GuiCommand.class, ValidateCommand.class, HealthCommand.class, QuestionsCommand.class,
                SessionsCommand.class, CandidatesCommand.class, DataCommand.class, SimulateCommand.class, ServeCommand.class,
                MonitoringOverheadCommand.class, BenchCommand.class, EvaluateCommand.class,
                MetricsCommand.class},
        footer = {"", "Without a command the console opens (same as 'gui')."})
public final class RootCommand implements Callable<Integer> {
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
