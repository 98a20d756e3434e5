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
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 50_000, 40_000), new Reading(30 * S, 62_010, 52_030)), AT);
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
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 10_300, 10_000)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.agreementPercent()).isEqualTo(103.0);
        assertThat(c.why()).contains("300 more", "another client");
        assertThat(c.summary()).isEqualTo("server differs: 103.0%");
        assertThat(c.warns()).isTrue();
    }

    @Test
    void exactlyTwoPercentStillAgrees() {
        assertThat(ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 10_200, 10_000)), AT).state())
                .isEqualTo(ServerCheck.State.AGREES);
        assertThat(ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 9_799, 10_000)), AT).state())
                .isEqualTo(ServerCheck.State.DIFFERS);
    }

    @Test
    void aLoadStartingAgreesOnceTheEngineIsReadWhereTheServersCountIs() {
        // a load ramping from 100/s to 1,000/s; the server publishes each count about half a second late
        TallyTrail engine = new TallyTrail();
        TallyTrail server = new TallyTrail();
        long lag = ServerCrossCheck.publishLag(150004).toNanos();
        List<Reading> aligned = new ArrayList<>();
        List<Reading> unaligned = new ArrayList<>();
        long tally = 0;
        for (int second = 0; second <= 31; second++) {
            engine.record(second * S, tally);
            server.record(second * S + S / 2, tally); // what the server shows half a second later
            tally += Math.min(1_000, 100 + 100L * second);
            if (second % 10 == 1) { // a reading every 10 s, the first as the load starts
                long at = second * S;
                aligned.add(new Reading(at, server.at(at), engine.at(at - lag)));
                unaligned.add(new Reading(at, server.at(at), engine.at(at)));
            }
        }
        ServerCheck c = ServerCrossCheck.compare(aligned, AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.AGREES);
        assertThat(c.agreementPercent()).isEqualTo(100.0);
        // read side by side at the same instant, the ramp's trail alone parts them by (1,000 - 200) x 0.5 s
        assertThat(ServerCrossCheck.compare(unaligned, AT).agreementPercent()).isEqualTo(98.3);
    }

    @Test
    void thePublishingLagIsHalfTheServersFlushInterval() {
        assertThat(ServerCrossCheck.publishLag(150004)).hasMillis(500);
        assertThat(ServerCrossCheck.publishLag(170000)).hasMillis(500);
        assertThat(ServerCrossCheck.publishLag(140010)).hasMillis(250);
    }

    @Test
    void theTrailReadsBetweenItsPointsAndHoldsItsEnds() {
        TallyTrail t = new TallyTrail();
        t.record(10 * S, 1_000);
        t.record(11 * S, 2_000);
        assertThat(t.at(10 * S + S / 2)).isEqualTo(1_500);
        assertThat(t.at(11 * S)).isEqualTo(2_000);
        assertThat(t.at(5 * S)).isEqualTo(1_000);
        assertThat(t.at(12 * S)).isEqualTo(2_000);
        t.record(20 * S, 3_000);
        t.record(21 * S, 3_100);
        assertThat(t.at(10 * S)).as("older than five seconds: dropped").isEqualTo(3_000);
    }

    @Test
    void aServerCountingLessSaysItsStatisticsLag() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 9_000, 10_000)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.agreementPercent()).isEqualTo(90.0);
        assertThat(c.why()).contains("1000 fewer");
    }

    @Test
    void anIdleWindowIsQuietNotJudged() {
        // an idle sync console: a ping a second, and HikariCP's validation of the idle connection beside each
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 100, 100), new Reading(30 * S, 166, 133)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.QUIET);
        assertThat(c.agreementPercent()).isEqualTo(200.0);
        assertThat(c.warns()).isFalse();
        assertThat(c.why()).contains("too few");
    }

    @Test
    void aBusyOtherClientBesideAnIdleConsoleIsJudged() {
        ServerCheck c = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 5_033, 33)), AT);
        assertThat(c.state()).isEqualTo(ServerCheck.State.DIFFERS);
        assertThat(c.why()).contains("another client");
    }

    @Test
    void alertsRaiseOnceAndClearWhenTheyAgreeAgain() {
        List<String> log = new ArrayList<>();
        ServerCheckAlerts alerts = new ServerCheckAlerts((check, level, message) -> log.add("raised " + level + " " + check),
                (check, message) -> log.add("cleared " + check));
        ServerCheck differs = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 13_000, 10_000)), AT);
        ServerCheck agrees = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 10_000, 10_000)), AT);
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
        ServerCheck more = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 10_300, 10_000)), AT);
        ServerCheck fewer = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 9_700, 10_000)), AT);
        ServerCheck agrees = ServerCrossCheck.compare(List.of(new Reading(0, 0, 0), new Reading(30 * S, 10_000, 10_000)), AT);

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
