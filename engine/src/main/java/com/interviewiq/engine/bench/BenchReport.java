package com.interviewiq.engine.bench;

import java.util.List;
import java.util.Map;

/** A benchmark's results (one per mode x concurrency x pool size), the verdict and where it ran. */
public record BenchReport(List<BenchPoint> results, String verdict, Map<String, String> machine) {
    public BenchReport {
        results = List.copyOf(results);
        machine = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(machine)); // in the order given
    }

    public static final String CSV_HEADER = "mode,concurrency,pool_size,steps_per_second,p50_ms,p95_ms,p99_ms,max_ms,"
            + "acquire_wait_p99_ms,errors,client_cpu_percent,rss_mb,rounds,client_cpu_ms_per_step,statements_per_step";

    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (BenchPoint p : results) {
            sb.append(String.format(java.util.Locale.ROOT, "%s,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%.1f,%d,%d,%.4f,%.2f%n",
                    p.mode(), p.concurrency(), p.poolSize(), p.stepsPerSecond(), p.latencyMs().p50(), p.latencyMs().p95(),
                    p.latencyMs().p99(), p.latencyMs().max(), p.acquireWaitP99Ms(), p.errors(), p.clientCpuPercent(),
                    p.rssMb(), p.rounds(), p.clientCpuMsPerStep(), p.statementsPerStep()));
        }
        return sb.toString();
    }
}
