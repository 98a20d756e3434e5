package com.interviewiq.engine.monitor.recording;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.interviewiq.engine.db.PoolStats;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;

import java.time.Instant;

/**
 * One line of a recording file (JSON lines): exactly one of header, sample, event or alert. The
 * sample keeps its parts nested here (the flat JSON of /monitoring/database cannot be read back
 * into the record's parts), so a recording reads back into exactly the samples that were live.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordLine(RecordingHeader header, Sample sample, MetricsEvent event, Alert alert) {

    /** {@link MetricsSample} with its parts as nested objects. */
    record Sample(Instant time, String mode, PoolStats pool, MetricsSample.Rates rates, MetricsSample.Latency latency,
                  MetricsSample.Totals totals, double intervalSeconds, boolean gapBefore) {
        static Sample of(MetricsSample s) {
            return new Sample(s.time(), s.mode(), s.pool(), s.rates(), s.latency(), s.totals(), s.intervalSeconds(),
                    s.gapBefore());
        }

        MetricsSample toSample() {
            return new MetricsSample(time, mode, pool, rates, latency, totals, intervalSeconds, gapBefore);
        }
    }

    static RecordLine of(RecordingHeader h) {
        return new RecordLine(h, null, null, null);
    }

    static RecordLine of(MetricsSample s) {
        return new RecordLine(null, Sample.of(s), null, null);
    }

    static RecordLine of(MetricsEvent e) {
        return new RecordLine(null, null, e, null);
    }

    static RecordLine of(Alert a) {
        return new RecordLine(null, null, null, a);
    }
}
