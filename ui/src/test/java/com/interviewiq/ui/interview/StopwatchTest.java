package com.interviewiq.ui.interview;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StopwatchTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Stopwatch watch = new Stopwatch(now::get);

    private void advanceMillis(long ms) {
        now.addAndGet(ms * 1_000_000L);
    }

    @Test
    void pausesDoNotCount() {
        watch.restart(0);
        advanceMillis(1500);
        watch.pause();
        advanceMillis(60_000);
        assertThat(watch.elapsedMillis()).isEqualTo(1500);
        watch.resume();
        advanceMillis(500);
        assertThat(watch.elapsedMillis()).isEqualTo(2000);
    }

    @Test
    void restartCarriesTimeCountedElsewhere() {
        watch.restart(90_000);
        advanceMillis(1000);
        assertThat(watch.elapsedMillis()).isEqualTo(91_000);
        assertThat(watch.running()).isTrue();
    }

    @Test
    void clockFormatsMinutesAndHours() {
        assertThat(Stopwatch.clock(0)).isEqualTo("0:00");
        assertThat(Stopwatch.clock(61_999)).isEqualTo("1:01");
        assertThat(Stopwatch.clock(3_726_000)).isEqualTo("1:02:06");
        assertThat(Stopwatch.clock(-5000)).isEqualTo("0:00");
    }
}
