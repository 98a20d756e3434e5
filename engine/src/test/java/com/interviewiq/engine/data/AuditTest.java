package com.interviewiq.engine.data;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.interviewiq.engine.evaluation.HybridEvaluator;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.ReportMarkdown;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/** Overrides say who and when; an erasure's log line says who and how much, never whose data it was. */
class AuditTest {
    @TempDir
    Path temp;
    private Services s;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:15:00Z"));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger eraserLog = (Logger) LoggerFactory.getLogger(SessionEraser.class);

    @BeforeEach
    void open() {
        s = Services.over(Backend.parity().findFirst().orElseThrow().openFresh(temp, Backend.SMALL_POOL), clock);
        join(s.questions().create(Drafts.valid("sql-1", "SQL", 1)));
        log.start();
        eraserLog.addAppender(log);
    }

    @AfterEach
    void close() {
        eraserLog.detachAppender(log);
        s.close();
    }

    @Test
    void anOverrideRecordsTheInterviewerAndTheTimeAndReportsShowIt() {
        SessionService grace = new SessionService(s.db(), HybridEvaluator.rubricOnly(), clock, "Grace Hopper");
        long id = join(grace.create(new NewSession("Ada Lovelace", "Grace Hopper", List.of("SQL"), 1, null))).id();
        join(grace.start(id));
        Question q = join(grace.next(id)).question();
        long answer = join(grace.submit(id, q.id(), "no idea", 5_000)).answer().id();
        clock.advance(java.time.Duration.ofMinutes(3));
        var overridden = join(grace.override(answer, 60, "better in person"));
        assertThat(overridden.overrideBy()).isEqualTo("Grace Hopper");
        assertThat(overridden.overrideAt()).isEqualTo(clock.instant());

        SessionReport report = join(grace.report(id));
        assertThat(report.timeline().getFirst().overrideBy()).isEqualTo("Grace Hopper");
        assertThat(report.timeline().getFirst().overrideAt()).isEqualTo(clock.instant());
        assertThat(ReportMarkdown.render(report)).contains("60 – better in person (Grace Hopper)");
    }

    @Test
    void anErasureLogsWhoAndHowMuchButNotTheCandidate() {
        long id = join(s.sessions().create(new NewSession("Ada Lovelace", "Grace", List.of("SQL"), 1, null))).id();
        join(s.sessions().start(id));
        Question q = join(s.sessions().next(id)).question();
        join(s.sessions().submit(id, q.id(), "an index", 5_000));
        join(new SessionEraser(s.db(), "Grace Hopper").eraseCandidate("Ada Lovelace", true));
        assertThat(log.list).as("a preview logs nothing").isEmpty();
        join(new SessionEraser(s.db(), "Grace Hopper").eraseCandidate("Ada Lovelace", false));
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("candidate erased by Grace Hopper: 1 session(s), 1 answer(s), 1 evaluation(s) and 0 note(s) removed");
        assertThat(log.list.getFirst().getFormattedMessage()).doesNotContain("Ada").doesNotContain("index");
    }
}
