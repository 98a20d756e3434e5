package com.interviewiq.engine.monitor;

import com.interviewiq.engine.monitor.ServerCrossCheck.Reading;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The judgement on two readings, and the alerts it raises, on numbers with known answers. */
class ServerCrossCheckTest {
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private static final long S = 1_000_000_000L;

    @Test
    void countsWithinTwoPercentAgree() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 50_000, 40_000, 0), new Reading(30 * S, 62_010, 52_030, 0)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.AGREES);
        assertThat(c.serverTransactions()).isEqualTo(12_010);
        assertThat(c.engineTransactions()).isEqualTo(12_030);
        assertThat(c.agreementPercent()).isEqualTo(99.83);
        assertThat(c.windowSeconds()).isEqualTo(30.0);
        assertThat(c.summary()).isEqualTo("server agrees: 99.8%");
        assertThat(c.warns()).isFalse();
    }

    @Test
    void anotherClientsWorkMakesTheServerCountMore() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 10_300, 10_000, 0)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.agreementPercent()).isEqualTo(103.0);
        assertThat(c.why()).contains("300 more", "another client");
        assertThat(c.summary()).isEqualTo("server differs: 103.0%");
        assertThat(c.warns()).isTrue();
    }

    @Test
    void exactlyTwoPercentStillAgrees() {
        assertThat(ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 10_200, 10_000, 0)), AT).state())
                .isEqualTo(ServerCheck.State.AGREES);
        assertThat(ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 9_799, 10_000, 0)), AT).state())
                .isEqualTo(ServerCheck.State.DIFFERS);
    }

    @Test
    void aWindowWhoseRateChangedIsNotJudgedUnlessTheyPartByMoreThanTheLagExplains() {
        // a load starting: 100/s at the first reading, 1,000/s at the last; the server publishes ~0.5 s late
        List<Reading> ramp = List.of(new Reading(0, 0, 0, 100), new Reading(10 * S, 1_000, 1_000, 500),
                new Reading(20 * S, 11_000, 11_000, 1_000), new Reading(30 * S, 20_700, 21_000, 1_000));
        ServerCheck c = ServerCrossCheck.compare(ramp, AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.SETTLING);
        assertThat(c.agreementPercent()).isEqualTo(98.57);
        assertThat(c.warns()).isFalse();
        assertThat(c.why()).contains("from 100/s to 1000/s", "expected trail of -450 would make it 100.7%");

        List<Reading> rampAndAnother = List.of(new Reading(0, 0, 0, 100), new Reading(10 * S, 1_000, 1_000, 500),
                new Reading(20 * S, 11_000, 11_000, 1_000), new Reading(30 * S, 30_000, 21_000, 1_000));
        assertThat(ServerCrossCheck.compare(rampAndAnother, AT).state()).isEqualTo(ServerCheck.State.DIFFERS);

        // the same 1,000/s at both ends, give or take the sampler's second-to-second jitter
        List<Reading> steady = List.of(new Reading(0, 0, 0, 980), new Reading(10 * S, 10_050, 10_000, 1_010),
                new Reading(20 * S, 19_900, 20_000, 1_000), new Reading(30 * S, 30_100, 30_300, 1_060));
        assertThat(ServerCrossCheck.compare(steady, AT).state()).isEqualTo(ServerCheck.State.AGREES);
    }

    @Test
    void aServerCountingLessSaysItsStatisticsLag() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 9_000, 10_000, 0)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.agreementPercent()).isEqualTo(90.0);
        assertThat(c.why()).contains("1000 fewer");
    }

    @Test
    void anIdleWindowIsQuietNotJudged() {
        // an idle sync console: a ping a second, and HikariCP's validation of the idle connection beside each
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 100, 100, 0), new Reading(30 * S, 166, 133, 0)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.QUIET);
        assertThat(c.agreementPercent()).isEqualTo(200.0);
        assertThat(c.warns()).isFalse();
        assertThat(c.why()).contains("too few");
    }

    @Test
    void aBusyOtherClientBesideAnIdleConsoleIsJudged() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 5_033, 33, 0)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.why()).contains("another client");
    }

    @Test
    void alertsRaiseOnceAndClearWhenTheyAgreeAgain() {
        List<String> log = new ArrayList<>();
        ServerCheckAlerts alerts = new ServerCheckAlerts((check, level, message) -> log.add("raised " + level + " " + check),
                (check, message) -> log.add("cleared " + check));
        ServerCheck differs = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 13_000, 10_000, 0)), AT);
        ServerCheck agrees = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 10_000, 10_000, 0)), AT);
        alerts.accept(agrees);
        alerts.accept(differs);
        alerts.accept(differs);
        alerts.accept(ServerCheck.unknown("no answer in time", AT));
        alerts.accept(agrees);
        alerts.accept(agrees);
        assertThat(log).containsExactly("raised warn server agreement", "cleared server agreement");
    }

    @Test
    void aDifferenceIsReportedWhenTheNextWindowShowsItTheSameWay() {
        ServerCheck more = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 10_300, 10_000, 0)), AT);
        ServerCheck fewer = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 9_700, 10_000, 0)), AT);
        ServerCheck agrees = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0, 0), new Reading(30 * S, 10_000, 10_000, 0)), AT);

        ServerCheck first = ServerCrossCheck.confirmed(agrees, more);
        assertThat(first.state()).isEqualTo(ServerCheck.State.SETTLING);
        assertThat(first.agreementPercent()).isEqualTo(103.0);
        assertThat(first.warns()).isFalse();
        assertThat(first.why()).contains("if the next window shows it too");
        assertThat(ServerCrossCheck.confirmed(null, more).state()).isEqualTo(ServerCheck.State.SETTLING);
        assertThat(ServerCrossCheck.confirmed(more, more).state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(ServerCrossCheck.confirmed(fewer, more).state()).as("the other way round: noise")
                .isEqualTo(ServerCheck.State.SETTLING);
        assertThat(ServerCrossCheck.confirmed(more, agrees)).isSameAs(agrees);
    }

    @Test
    void notAvailableHasNoNumbers() {
        ServerCheck c = ServerCheck.notAvailable("not available on H2", AT);
        assertThat(c.summary()).isEqualTo("server check: not available");
        assertThat(c.agreementPercent()).isNull();
        assertThat(c.warns()).isFalse();
    }
}
