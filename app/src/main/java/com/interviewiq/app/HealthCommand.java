package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;

@Command(name = "health", description = "Report the engine's health: UP, DEGRADED or DOWN (exit 1 when DOWN).",
        mixinStandardHelpOptions = true)
final class HealthCommand extends EngineCommand {
    @Option(names = "--json", description = "Print the same JSON document as GET /health.")
    boolean json;

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    @Override
    int run(Engine engine) {
        PrintWriter out = out();
        HealthReport report = engine.health().now();
        if (json) {
            Json.print(out, report);
        } else {
            out.println("status: " + report.status() + " (" + report.mode() + ", " + report.database() + ")");
            for (CheckResult c : report.checks()) {
                String value = c.value() == null ? "-" : fmt(c.value()) + (c.unit().isEmpty() ? "" : " " + c.unit());
                String limits = c.warn() == null ? "" : " (warn " + fmt(c.warn()) + ", critical " + fmt(c.critical()) + ")";
                out.printf(Locale.ROOT, "  %-8s %-17s %-11s %s%s%n", c.level(), c.name(), value, c.detail(), limits);
            }
            out.flush();
        }
        return report.status() == HealthStatus.DOWN ? 1 : 0;
    }
}
