package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthProbe;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "health", description = "Report the engine's health: UP, DEGRADED or DOWN (exit 1 when DOWN).",
        mixinStandardHelpOptions = true)
final class HealthCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", description = "Print the same JSON document as GET /health.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GlobalOptions options = global.over(root.global);
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = Engine.start(options.settings())) {
            HealthReport report = HealthProbe.check(engine.settings(), engine.database());
            if (json) {
                Json.print(out, report);
            } else {
                out.println("status: " + report.status() + " (" + report.mode() + ", " + report.database() + ")");
                for (CheckResult c : report.checks()) {
                    out.printf(Locale.ROOT, "  %-9s %-18s %-12s %s%n", c.status(), c.name(), c.value(), c.detail());
                }
                out.flush();
            }
            return report.status() == HealthStatus.DOWN ? 1 : 0;
        }
    }
}
