package com.interviewiq.engine.monitor;

import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.json.JsonSupport;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample's outward shapes are read by others (the /monitoring/database JSON by scripts, the CSV
 * export by spreadsheets): they must not move when the record's inside does. The expected texts
 * are what the flat 21-component record wrote before it was built from parts; the JSON has since
 * gained the process CPU and the transaction and acquire means (for the A/B view and the pool
 * advisor), each after its part's older names. The CSV columns are unchanged.
 */
class MetricsSampleFormatTest {
    /** Every value distinct, so a value written in another's place shows. */
    private static final MetricsSample SAMPLE = new MetricsSample(Instant.parse("2026-11-27T10:00:00Z"), "async",
            new PoolStats(1, 2, 3, 4, 5), new MetricsSample.Rates(6.5, 7.25, 8.125, 18.5),
            new MetricsSample.Latency(9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 19.5, 20.5), new MetricsSample.Totals(15, 16, 17), 1.001,
            true);

    @Test
    void jsonNamesEveryValueAtTheTopLevelInTheSameOrder() throws Exception {
        assertThat(JsonSupport.mapper().writeValueAsString(SAMPLE)).isEqualTo("{\"time\":\"2026-11-27T10:00:00Z\","
                + "\"mode\":\"async\",\"active\":1,\"idle\":2,\"pending\":3,\"total\":4,\"max\":5,"
                + "\"statementsPerSecond\":6.5,\"transactionsPerSecond\":7.25,\"errorsPerSecond\":8.125,"
                + "\"processCpuCores\":18.5,"
                + "\"p50Ms\":9.5,\"p95Ms\":10.5,\"p99Ms\":11.5,\"maxMs\":12.5,\"transactionP99Ms\":13.5,"
                + "\"acquireP99Ms\":14.5,\"transactionMeanMs\":19.5,\"acquireMeanMs\":20.5,\"commits\":15,\"rollbacks\":16,\"errors\":17,\"intervalSeconds\":1.001,"
                + "\"gapBefore\":true}");
    }

    @Test
    void csvKeepsItsHeaderAndColumns() {
        assertThat(MetricsSample.CSV_HEADER).isEqualTo("time,mode,active,idle,pending,total,max,statements_per_s,"
                + "transactions_per_s,errors_per_s,p50_ms,p95_ms,p99_ms,max_ms,transaction_p99_ms,acquire_p99_ms,"
                + "commits,rollbacks,errors,interval_s,gap_before");
        assertThat(SAMPLE.csvLine()).isEqualTo("2026-11-27T10:00:00Z,async,1,2,3,4,5,6.500,7.250,8.125,9.500,"
                + "10.500,11.500,12.500,13.500,14.500,15,16,17,1.001,true");
    }

    @Test
    void theFlatAccessorsAndHealthReadThroughToTheParts() {
        assertThat(SAMPLE.active()).isEqualTo(1);
        assertThat(SAMPLE.max()).isEqualTo(5);
        assertThat(SAMPLE.errorsPerSecond()).isEqualTo(8.125);
        assertThat(SAMPLE.acquireP99Ms()).isEqualTo(14.5);
        assertThat(SAMPLE.errors()).isEqualTo(17);
        assertThat(SAMPLE.utilisation()).isEqualTo(0.2);
        assertThat(SAMPLE.load()).isEqualTo(new com.interviewiq.engine.health.Load(0.2, 3, 11.5, 8.125));
    }

    @Test
    void aGaugesOnlySampleMeasuredNothingOverTime() {
        MetricsSample s = MetricsSample.gaugesOnly(Instant.EPOCH, "sync", new PoolStats(2, 1, 0, 3, 8));
        assertThat(s.pool()).isEqualTo(new PoolStats(2, 1, 0, 3, 8));
        assertThat(s.rates()).isEqualTo(MetricsSample.Rates.NONE);
        assertThat(s.latency()).isEqualTo(MetricsSample.Latency.NONE);
        assertThat(s.totals()).isEqualTo(MetricsSample.Totals.NONE);
        assertThat(s.intervalSeconds()).isZero();
        assertThat(s.gapBefore()).isFalse();
    }
}
