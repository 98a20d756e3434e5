package com.interviewiq.engine.monitor;

/**
 * What the pool advisor suggests, with its reasoning in one paragraph (numbers in it). When there
 * was too little traffic to judge, {@code enough} is false, the sizes are the current ones and the
 * reasoning says what is missing.
 *
 * @param transactionsPerSecond the measured arrival rate (lambda)
 * @param holdMs                mean time a transaction holds its connection (W)
 * @param meanBusy              lambda x W: connections busy on average (Little's law)
 * @param peakBusy              connections busy in the busiest 5% of 5-second stretches
 * @param burst                 the most connections wanted at once (busy in a stretch, or held plus callers waiting at a tick)
 * @param budget                connections this console may still open on the server; -1 when not known (H2)
 */
public record PoolAdvice(boolean enough, int size, int overflow, String reasoning, double transactionsPerSecond,
                         double holdMs, double meanBusy, double peakBusy, double burst, int budget) {
    public int max() {
        return size + overflow;
    }
}
