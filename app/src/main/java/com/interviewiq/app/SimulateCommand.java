package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import com.interviewiq.engine.transfer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run N complete interviews through the real services, C at a time, and report throughput,",
                "latency and whether every acknowledged answer was stored. Loads the sample bank if the bank is empty."})
final class SimulateCommand extends EngineCommand {
    @Option(names = "--sessions", required = true, paramLabel = "N") int sessions;
    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "C", description = "Interviews at a time (default ${DEFAULT-VALUE})") int concurrency;
    @Option(names = "--questions", defaultValue = "5", paramLabel = "K", description = "Questions per interview (default ${DEFAULT-VALUE})") int questions;
    @Option(names = "--track", paramLabel = "CATEGORIES", description = "Comma-separated categories (default: all with ready questions)") String track;
    @Option(names = "--seed", defaultValue = "42") long seed;
    @Option(names = "--json") boolean json;
    @Option(names = "--switch-every", paramLabel = "DURATION",
            description = "Toggle sync/async live on this period during the run, e.g. 2s or 500ms") String switchEvery;

    @Override
    int run(Engine engine) {
        SimulationOptions options;
        try {
            options = new SimulationOptions(sessions, concurrency, questions, QuestionsCommand.split(track), null, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (await(engine.questions().count()) == 0) {
            ImportReport loaded = await(engine.transfer().importSampleBank());
            err().println("The question bank was empty: loaded " + loaded.imported() + " sample questions.");
        }
        SimulationResult r;
        if (switchEvery == null) {
            r = await(engine.simulator().run(options, (done, total) -> { }));
        } else {
            r = LiveSwitcher.runWhileSwitching(engine, options, Durations.parse("--switch-every", switchEvery));
        }
        PrintWriter out = out();
        if (json) {
            Json.print(out, r);
        } else {
            out.printf(Locale.ROOT, "mode %s: %d of %d sessions completed, %d errors%n", r.mode(), r.sessionsCompleted(),
                    r.sessionsPlanned(), r.errors());
            out.printf(Locale.ROOT, "answers acknowledged %d, stored %d%s%n", r.answersAcknowledged(), r.answersStored(),
                    r.answersAcknowledged() == r.answersStored() ? " (all stored)" : " (MISMATCH)");
            out.printf(Locale.ROOT, "%d steps in %.2f s = %.1f steps/s; step latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    r.steps(), r.durationSeconds(), r.stepsPerSecond(), r.latencyMs().p50(), r.latencyMs().p95(),
                    r.latencyMs().p99(), r.latencyMs().max());
            out.printf(Locale.ROOT, "slowest caller completed %d steps%n", r.slowestCallerSteps());
            if (r.switches() > 0) {
                out.printf(Locale.ROOT, "%d live mode switches; switch duration p50 %.0f ms, max %.0f ms%n", r.switches(),
                        r.switchMs().p50(), r.switchMs().max());
            }
            r.errorSamples().forEach(e -> out.println("error: " + e));
            out.flush();
        }
        return r.errors() == 0 && r.answersAcknowledged() == r.answersStored() ? 0 : 1;
    }
}
