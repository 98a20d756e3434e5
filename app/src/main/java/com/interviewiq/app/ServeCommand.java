package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.http.MonitoringEndpoints;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the engine headless with the localhost HTTP endpoints /health, /monitoring/database",
                "and /metrics (127.0.0.1 only) until stopped with Ctrl+C."})
final class ServeCommand extends EngineCommand {
    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1 (default: the httpPort setting, 8765)")
    Integer port;

    @Option(names = "--load", paramLabel = "C", description = "Also run the simulate workload at concurrency C until stopped")
    Integer load;

    /** Tests release this to stop the server; a real run waits for Ctrl+C. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    int run(Engine engine) throws Exception {
        if (load != null && (load < 1 || load > 10_000)) {
            throw new UsageException("--load must be 1..10000, got " + load);
        }
        engine.startHousekeeping(); // daily backup and retention: serve runs for days
        engine.startRecording("serve"); // <data dir>/metrics: last night's run can be looked at this morning
        int p = port != null ? port : engine.settings().http().port();
        Secret token = engine.settings().http().token();
        PrintWriter out = out();
        Simulator.Run workload = null;
        try (MonitoringEndpoints endpoints = MonitoringEndpoints.start(engine, p, token)) {
            if (load != null) {
                if (await(engine.questions().count()) == 0) {
                    await(engine.transfer().importSampleBank());
                }
                workload = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, load, 5, List.of(), null,
                        System.nanoTime()), (done, total) -> { });
                engine.simulator().start(workload);
            }
            out.println("Serving http://127.0.0.1:" + endpoints.port() + "/health, /monitoring/database, /metrics"
                    + (token.isEmpty() ? "" : " (bearer token required)")
                    + (load == null ? "" : "; generating load at concurrency " + load) + ". Ctrl+C to stop.");
            out.flush();
            Thread hook = new Thread(stop::countDown, "serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        } finally {
            if (workload != null) {
                workload.stop();
            }
        }
        return 0;
    }
}
