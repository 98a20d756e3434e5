package com.interviewiq.app;

import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.engine.bench.BenchmarkRunner;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.ui.charts.BenchExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure sync, sync on virtual threads, async and the raw JDBC and R2DBC baselines side by side on the",
                "configured database, interleaved round by round, and say which mode wins where (or that none does)."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--modes", defaultValue = "sync,sync-virtual,async,raw,raw-async", description = "default: ${DEFAULT-VALUE}")
    String modes;
    @Option(names = "--concurrency", defaultValue = "1,8,64,256", description = "default: ${DEFAULT-VALUE}")
    String concurrency;
    @Option(names = "--pool-sizes", defaultValue = "20", description = "default: ${DEFAULT-VALUE}")
    String poolSizes;
    @Option(names = "--duration", defaultValue = "10s", description = "measured time per run (default ${DEFAULT-VALUE})")
    String duration;
    @Option(names = "--warmup", defaultValue = "5s", description = "unmeasured time before each run (default ${DEFAULT-VALUE})")
    String warmup;
    @Option(names = "--workload", defaultValue = "step", description = {
            "step, read or interview (default ${DEFAULT-VALUE}). step: one transaction (read a question, insert an answer,",
            "read the session's count); read: one single-row read; interview: one real interview step through the",
            "engine's services (next question, answer scored by the rubric, a new session every 5 steps), which raw",
            "cannot run: it is skipped, and the report says so."})
    String workload;
    @Option(names = "--rounds", defaultValue = "3", description = "runs per point; the median is reported (default ${DEFAULT-VALUE})")
    int rounds;
    @Option(names = "--json", description = "Print the results as JSON") boolean json;
    @Option(names = "--out", paramLabel = "DIR", description = "Also write results.json, results.csv, throughput.png and p99.png")
    Path out;

    @Override
    public Integer call() throws Exception {
        BenchOptions options;
        try {
            options = new BenchOptions(QuestionsCommand.split(modes).stream().map(BenchMode::parse).toList(),
                    ints(concurrency, "--concurrency"), ints(poolSizes, "--pool-sizes"),
                    Durations.parse("--duration", duration), warmupDuration(), BenchWorkload.parse(workload), rounds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Settings settings = GlobalOptions.merged(spec).withoutMode().settings();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "Benchmarking %s: %d runs of %s (+ %s warm-up) each%s...%n",
                settings.database().location(), options.points(), duration, warmup, options.warmingRuns() == 0 ? ""
                        : ", after one unmeasured run of each mode (" + options.warmingRuns() + " x "
                        + shortForm(options.warmingRunLength()) + ": the JIT's warm-up counts for no mode)");
        if (!options.skippedModes().isEmpty()) {
            err.printf(Locale.ROOT, "  skipping %s: the %s workload goes through the engine's services, which it does not have%n",
                    String.join(", ", options.skippedModes().stream().map(BenchMode::label).toList()),
                    options.workload().label());
        }
        err.flush();
        BenchReport report = new BenchmarkRunner(settings).run(options, (done, total) -> { }, p -> {
            err.printf(Locale.ROOT, "  %-12s c=%-5d pool=%-4d %10.1f steps/s  p99 %8.2f ms  cpu %6.3f ms/step  "
                    + "%5.2f stmts/step  errors %d%n", p.mode(), p.concurrency(), p.poolSize(), p.stepsPerSecond(),
                    p.latencyMs().p99(), p.clientCpuMsPerStep(), p.statementsPerStep(), p.errors());
            err.flush();
        });
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Json.print(o, report);
        } else {
            o.print(report.toCsv());
            o.println();
            o.println(report.verdict());
            o.flush();
        }
        if (out != null) {
            BenchExport.write(out, report); // the same files, and charts, as the console's Benchmark export
            err.println("Wrote results.json, results.csv, throughput.png and p99.png to " + out.toAbsolutePath());
        }
        return report.results().stream().mapToLong(BenchPoint::errors).sum() == 0 ? 0 : 1;
    }

    private java.time.Duration warmupDuration() {
        return warmup.trim().matches("0+(ms|s)?") ? java.time.Duration.ZERO : Durations.parse("--warmup", warmup);
    }

    private static List<Integer> ints(String csv, String option) {
        try {
            return QuestionsCommand.split(csv).stream().map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be comma-separated whole numbers, got '" + csv + "'");
        }
    }

    private static String shortForm(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
