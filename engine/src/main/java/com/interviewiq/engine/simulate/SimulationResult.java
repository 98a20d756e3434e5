package com.interviewiq.engine.simulate;

import java.util.List;

/**
 * What a simulate run did. {@code answersStored} is counted back from the database, so it can
 * be compared with {@code answersAcknowledged} (answers whose submit completed successfully).
 * A step is one question asked and answered (next + submit, each its own transaction).
 */
public record SimulationResult(String mode, int sessionsPlanned, int sessionsCompleted, long answersAcknowledged,
                               long answersStored, long errors, List<String> errorSamples, double durationSeconds,
                               long steps, double stepsPerSecond, LatencyMs latencyMs, int slowestCallerSteps,
                               int switches, LatencyMs switchMs) {
    public SimulationResult {
        errorSamples = List.copyOf(errorSamples);
    }
}
