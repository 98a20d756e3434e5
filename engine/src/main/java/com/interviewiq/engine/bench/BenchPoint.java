package com.interviewiq.engine.bench;

import com.interviewiq.engine.simulate.LatencyMs;

/**
 * One measured point: a mode at a concurrency and pool size, the median of its rounds.
 * {@code clientCpuPercent} is this process's CPU over the run (100 = one core busy);
 * {@code rssMb} its resident memory at the end; {@code clientCpuMsPerStep} this process's CPU time per
 * completed step (what the client spends on a step, whatever the throughput); {@code statementsPerStep}
 * the statements sent per completed step (counted by the engine's decorator, or by a raw harness).
 */
public record BenchPoint(String mode, int concurrency, int poolSize, double stepsPerSecond, LatencyMs latencyMs,
                         double acquireWaitP99Ms, long errors, double clientCpuPercent, long rssMb, int rounds,
                         double clientCpuMsPerStep, double statementsPerStep) {
}
