package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures what monitoring costs: the simulate workload with monitoring on and off, in one JVM,
 * per mode, after a warm-up. Each round runs on, off, off, on (ABBA), so a steady drift (JIT
 * warming, the database growing) cancels out of the round's ratio. Prints one CSV line per run
 * and the median ratio per mode. Recorded in docs/BENCHMARKS.md.
 */
@Command(name = "bench-monitoring", mixinStandardHelpOptions = true, hidden = true,
        description = "Measure the throughput cost of monitoring (on vs off, interleaved, one JVM).")
final class MonitoringOverheadCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "5") int rounds;
    @Option(names = "--sessions", defaultValue = "1500") int sessions;
    @Option(names = "--concurrency", defaultValue = "16") int concurrency;

    @Override
    public Integer call() {
        GlobalOptions options = GlobalOptions.merged(spec);
        PrintWriter out = spec.commandLine().getOut();
        Settings base = options.withoutMode().settings();
        try (Engine loader = Engine.start(base)) {
            if (EngineCommand.await(loader.questions().count()) == 0) {
                EngineCommand.await(loader.transfer().importSampleBank());
            }
        }
        out.println("mode,monitoring,round,steps_per_second,p99_ms,errors");
        for (Mode mode : Mode.values()) {
            for (int w = 0; w < 3; w++) { // warm-up, not reported
                run(options, mode, w % 2 == 0, sessions);
            }
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double onSum = 0;
                double offSum = 0;
                for (boolean monitoring : new boolean[] {true, false, false, true}) {
                    SimulationResult r = run(options, mode, monitoring, sessions);
                    out.printf(Locale.ROOT, "%s,%s,%d,%.1f,%.2f,%d%n", mode.label(), monitoring ? "on" : "off", round,
                            r.stepsPerSecond(), r.latencyMs().p99(), r.errors());
                    out.flush();
                    if (monitoring) {
                        onSum += r.stepsPerSecond();
                    } else {
                        offSum += r.stepsPerSecond();
                    }
                }
                ratios.add(onSum / offSum);
            }
            ratios.sort(Double::compare);
            out.printf(Locale.ROOT, "# %s: median on/off throughput ratio %.3f (rounds: %s)%n", mode.label(),
                    ratios.get(ratios.size() / 2), ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r)).toList());
            out.flush();
        }
        return 0;
    }

    private SimulationResult run(GlobalOptions options, Mode mode, boolean monitoring, int n) {
        Map<SettingKey, String> cli = new EnumMap<>(SettingKey.class);
        if (options.databaseUrl != null) {
            cli.put(SettingKey.DATABASE_URL, options.databaseUrl);
        }
        cli.put(SettingKey.ASYNC_ENABLED, Boolean.toString(mode == Mode.ASYNC));
        cli.put(SettingKey.MONITORING_ENABLED, Boolean.toString(monitoring));
        Settings s = SettingsResolver.load(options.dataDir, cli, options.env);
        try (Engine engine = Engine.start(s)) {
            return EngineCommand.await(engine.simulator().run(new SimulationOptions(n, concurrency, 5, List.of(), null, 11),
                    (d, t) -> { }));
        }
    }
}
