package com.interviewiq.engine.sessions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On {H2, PostgreSQL} x {sync, async}: the service code is written once, so every behaviour holds on each. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("com.interviewiq.engine.testing.Backend#parity")
class SessionServiceTest {
    @org.junit.jupiter.params.Parameter
    Backend backend;

    @TempDir
    Path temp;
    private Services s;
    private TestClock clock;

    @BeforeEach
    void open() {
        clock = new TestClock(Instant.parse("2026-11-27T09:00:00Z"));
        s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL), clock);
        for (String cat : List.of("SQL", "Java")) {
            for (int d = 1; d <= 5; d++) {
                for (int i = 0; i < 2; i++) {
                    join(s.questions().create(Drafts.valid(cat.toLowerCase() + "-" + d + "-" + i, cat, d)));
                }
            }
        }
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static String strong(Question q) {
        return String.join(" and ", q.rubric().stream().map(c -> c.keywords().getFirst()).toList());
    }

    @Test
    void aFullInterviewAdaptsCoversTheTrackAndNeverRepeats() {
        InterviewSession created = join(s.sessions().create(new NewSession("Ada", "Grace", List.of("SQL", "Java"), 6, null)));
        assertThat(created.status()).isEqualTo(SessionStatus.PLANNED);
        join(s.sessions().start(created.id()));
        Set<Long> asked = new HashSet<>();
        int lastDifficulty = 0;
        for (int i = 1; i <= 6; i++) {
            NextStep step = join(s.sessions().next(created.id()));
            assertThat(step.finished()).isFalse();
            assertThat(step.number()).isEqualTo(i);
            assertThat(step.question().category()).isEqualTo(i % 2 == 1 ? "SQL" : "Java");
            assertThat(asked.add(step.question().id())).as("no repeats").isTrue();
            assertThat(join(s.sessions().next(created.id())).question()).as("asking twice gives the same question")
                    .isEqualTo(step.question());
            if (i > 1) {
                assertThat(step.question().difficulty()).as("strong answers climb").isEqualTo(Math.min(5, lastDifficulty + 1));
            }
            lastDifficulty = step.question().difficulty();
            clock.advance(Duration.ofSeconds(30));
            SubmittedAnswer a = join(s.sessions().submit(created.id(), step.question().id(), strong(step.question()), 30_000));
            assertThat(a.evaluation().score()).isEqualTo(100);
            assertThat(a.answer().seq()).isEqualTo(i);
        }
        NextStep end = join(s.sessions().next(created.id()));
        assertThat(end.finished()).isTrue();
        assertThat(end.session().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(end.session().stopReason()).isEqualTo(StopReason.PLANNED_COUNT);
        SessionReport report = join(s.sessions().report(created.id()));
        assertThat(report.answered()).isEqualTo(6);
        assertThat(report.overallScore()).isEqualTo(100.0);
        assertThat(report.byCategory()).extracting(SessionReport.GroupScore::group).containsExactly("SQL", "Java");
        assertThat(report.strengths()).hasSize(2);
        assertThat(report.activeSeconds()).isEqualTo(180);
    }

    @Test
    void weakAnswersAndSkipsStepDown() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Bo", "Grace", List.of("SQL"), 3, null)));
        join(s.sessions().start(sess.id()));
        NextStep first = join(s.sessions().next(sess.id()));
        assertThat(first.question().difficulty()).isEqualTo(2);
        SubmittedAnswer weak = join(s.sessions().submit(sess.id(), first.question().id(), "no idea", 1000));
        assertThat(weak.evaluation().score()).isZero();
        NextStep second = join(s.sessions().next(sess.id()));
        assertThat(second.question().difficulty()).isEqualTo(1);
        SubmittedAnswer skipped = join(s.sessions().skip(sess.id(), second.question().id(), 500));
        assertThat(skipped.answer().skipped()).isTrue();
        assertThat(skipped.answer().score()).isNull();
        assertThat(join(s.sessions().next(sess.id())).question().difficulty()).isEqualTo(1);
    }

    @Test
    void transitionsAreEnforced() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Cy", "Grace", List.of("SQL"), 2, null)));
        assertThatThrownBy(() -> join(s.sessions().next(sess.id()))).hasCauseInstanceOf(ConflictException.class)
                .hasMessageContaining("it is planned");
        join(s.sessions().start(sess.id()));
        assertThatThrownBy(() -> join(s.sessions().start(sess.id()))).hasCauseInstanceOf(ConflictException.class);
        NextStep step = join(s.sessions().next(sess.id()));
        long qid = step.question().id();
        join(s.sessions().submit(sess.id(), qid, "index", 10));
        assertThatThrownBy(() -> join(s.sessions().submit(sess.id(), qid, "index again", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("already answered");
        NextStep next = join(s.sessions().next(sess.id()));
        join(s.sessions().pause(sess.id()));
        assertThatThrownBy(() -> join(s.sessions().submit(sess.id(), next.question().id(), "x", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("paused");
        join(s.sessions().resume(sess.id()));
        join(s.sessions().finish(sess.id()));
        assertThatThrownBy(() -> join(s.sessions().submit(sess.id(), next.question().id(), "late", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("completed");
        assertThat(join(s.sessions().answers(sess.id()))).hasSize(1);
        assertThat(join(s.sessions().get(sess.id())).stopReason()).isEqualTo(StopReason.BY_INTERVIEWER);
    }

    @Test
    void concurrentDoubleSubmitStoresOneAnswer() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Di", "Grace", List.of("SQL"), 2, null)));
        join(s.sessions().start(sess.id()));
        long qid = join(s.sessions().next(sess.id())).question().id();
        var first = s.sessions().submit(sess.id(), qid, "index", 10).toCompletableFuture();
        var second = s.sessions().submit(sess.id(), qid, "index", 10).toCompletableFuture();
        int ok = 0;
        for (var f : List.of(first, second)) {
            try {
                f.join();
                ok++;
            } catch (RuntimeException e) {
                assertThat(e).hasCauseInstanceOf(ConflictException.class);
            }
        }
        assertThat(ok).isEqualTo(1);
        assertThat(join(s.sessions().answers(sess.id()))).hasSize(1);
    }

    @Test
    void answeringTheStepJustAskedIsGuardedAtTheStoreWithTheSameMessages() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Hal", "Grace", List.of("SQL"), 3, null)));
        join(s.sessions().start(sess.id()));
        NextStep first = join(s.sessions().next(sess.id()));
        SubmittedAnswer a = join(s.sessions().submit(first, strong(first.question()), 1000));
        assertThat(a.answer().seq()).isEqualTo(1);
        assertThatThrownBy(() -> join(s.sessions().submit(first, "again", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("already answered")
                .hasMessageContaining("(answer 1)");

        NextStep second = join(s.sessions().next(sess.id()));
        assertThat(second.question().difficulty()).as("the strong answer climbed in the database").isEqualTo(3);
        var one = s.sessions().submit(second, "index", 10).toCompletableFuture();
        var two = s.sessions().submit(second, "index", 10).toCompletableFuture();
        int stored = 0;
        for (var f : List.of(one, two)) {
            try {
                f.join();
                stored++;
            } catch (RuntimeException e) {
                assertThat(e).hasCauseInstanceOf(ConflictException.class);
            }
        }
        assertThat(stored).as("a concurrent double submit of one step stores one answer").isEqualTo(1);

        NextStep third = join(s.sessions().next(sess.id()));
        join(s.sessions().pause(sess.id()));
        assertThatThrownBy(() -> join(s.sessions().submit(third, "x", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("paused");
        join(s.sessions().finish(sess.id()));
        assertThatThrownBy(() -> join(s.sessions().submit(third, "late", 10)))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("completed");
        assertThat(join(s.sessions().answers(sess.id()))).extracting(Answer::seq).containsExactly(1, 2);
        assertThatThrownBy(() -> join(s.sessions().submit(join(s.sessions().get(sess.id())).id(), third.question().id(),
                "late", 10))).hasCauseInstanceOf(ConflictException.class).hasMessageContaining("completed");
    }

    /** Results are built from what was written, not read back: they must be what a later read returns. */
    @Test
    void whatEachCallReturnsIsWhatALaterReadReturns() {
        clock.advance(Duration.ofNanos(123_456_789)); // finer than either database keeps
        InterviewSession created = join(s.sessions().create(new NewSession(" Ida ", "Grace", List.of("SQL", "Java"), 2, 600)));
        assertThat(created).isEqualTo(join(s.sessions().get(created.id())));
        clock.advance(Duration.ofNanos(1_000_001));
        assertThat(join(s.sessions().start(created.id()))).isEqualTo(join(s.sessions().get(created.id())));
        NextStep step = join(s.sessions().next(created.id()));
        assertThat(step.session()).isEqualTo(join(s.sessions().get(created.id())));
        clock.advance(Duration.ofNanos(2_000_003));
        SubmittedAnswer a = join(s.sessions().submit(step, strong(step.question()) + " at a cost", 1234));
        assertThat(List.of(a.answer())).isEqualTo(join(s.sessions().answers(created.id())));
        assertThat(join(s.sessions().pause(created.id()))).isEqualTo(join(s.sessions().get(created.id())));
        clock.advance(Duration.ofNanos(3_000_007));
        assertThat(join(s.sessions().resume(created.id()))).isEqualTo(join(s.sessions().get(created.id())));
        NextStep skipNext = join(s.sessions().next(created.id()));
        SubmittedAnswer skipped = join(s.sessions().skip(created.id(), skipNext.question().id(), 10));
        assertThat(join(s.sessions().answers(created.id())).getLast()).isEqualTo(skipped.answer());
        NextStep end = join(s.sessions().next(created.id()));
        assertThat(end.finished()).isTrue();
        assertThat(end.session()).isEqualTo(join(s.sessions().get(created.id())));

        InterviewSession other = join(s.sessions().create(new NewSession("Jo", "Grace", List.of("SQL"), 2, null)));
        assertThat(join(s.sessions().abandon(other.id()))).isEqualTo(join(s.sessions().get(other.id())));
    }

    @Test
    void timeLimitAndNoFittingQuestionStopTheSession() {
        InterviewSession timed = join(s.sessions().create(new NewSession("Ed", "Grace", List.of("SQL"), 10, 60)));
        join(s.sessions().start(timed.id()));
        NextStep q = join(s.sessions().next(timed.id()));
        join(s.sessions().pause(timed.id()));
        clock.advance(Duration.ofMinutes(10)); // paused time does not count
        join(s.sessions().resume(timed.id()));
        join(s.sessions().submit(timed.id(), q.question().id(), "x", 1000));
        assertThat(join(s.sessions().next(timed.id())).finished()).isFalse();
        clock.advance(Duration.ofSeconds(61));
        join(s.sessions().skip(timed.id(), join(s.sessions().next(timed.id())).question().id(), 0));
        NextStep end = join(s.sessions().next(timed.id()));
        assertThat(end.finished()).isTrue();
        assertThat(end.session().stopReason()).isEqualTo(StopReason.TIME_LIMIT);

        InterviewSession greedy = join(s.sessions().create(new NewSession("Fay", "Grace", List.of("Java"), 50, null)));
        join(s.sessions().start(greedy.id()));
        int asked = 0;
        NextStep step;
        while (!(step = join(s.sessions().next(greedy.id()))).finished()) {
            join(s.sessions().skip(greedy.id(), step.question().id(), 0));
            asked++;
        }
        assertThat(asked).isEqualTo(10);
        assertThat(step.session().stopReason()).isEqualTo(StopReason.NO_QUESTION_FITS);
    }

    @Test
    void overridesAreKeptBesideTheScore() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Gus", "Grace", List.of("SQL"), 1, null)));
        join(s.sessions().start(sess.id()));
        NextStep step = join(s.sessions().next(sess.id()));
        SubmittedAnswer a = join(s.sessions().submit(sess.id(), step.question().id(), "the cost matters", 1000));
        assertThat(a.evaluation().score()).isEqualTo(33);
        Answer overridden = join(s.sessions().override(a.answer().id(), 80, "explained it well verbally"));
        assertThat(overridden.score()).isEqualTo(33);
        assertThat(overridden.overrideScore()).isEqualTo(80);
        assertThat(overridden.effectiveScore()).isEqualTo(80);
        assertThatThrownBy(() -> join(s.sessions().override(a.answer().id(), 101, null))).hasCauseInstanceOf(ValidationException.class);
        SessionReport r = join(s.sessions().report(sess.id()));
        assertThat(r.overallScore()).isEqualTo(80.0);
        assertThat(r.overridden()).isEqualTo(1);
        assertThat(r.timeline().getFirst().score()).isEqualTo(33);
        assertThat(ReportMarkdown.render(r)).contains("| 33 | 80 – explained it well verbally ("
                + com.interviewiq.engine.config.DataSettings.osUser() + ") |");
    }

    @Test
    void planValidationNamesTheField() {
        assertThatThrownBy(() -> join(s.sessions().create(new NewSession(" ", "Grace", List.of(), 0, 5))))
                .cause().isInstanceOf(ValidationException.class)
                .hasMessageContaining("candidate").hasMessageContaining("track")
                .hasMessageContaining("plannedQuestions").hasMessageContaining("timeLimitSeconds");
        assertThatThrownBy(() -> join(s.sessions().create(new NewSession("H", "Grace", List.of("Cobol"), 3, null))))
                .cause().isInstanceOf(ValidationException.class).hasMessageContaining("no ready questions in Cobol");
        assertThat(join(s.sessions().list(SessionFilter.all()))).isEmpty();
    }

    @Test
    void historyFiltersByCandidateStatusAndScore() {
        for (String name : List.of("Ann Lee", "Bob Ray", "Ann Kay")) {
            InterviewSession x = join(s.sessions().create(new NewSession(name, "Grace", List.of("SQL"), 1, null)));
            join(s.sessions().start(x.id()));
            NextStep st = join(s.sessions().next(x.id()));
            join(s.sessions().submit(x.id(), st.question().id(), name.startsWith("Ann") ? strong(st.question()) : "", 1));
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(join(s.sessions().list(new SessionFilter("ann", null, null, null, null, 0, 10))))
                .extracting(SessionSummary::candidate).containsExactly("Ann Kay", "Ann Lee");
        assertThat(join(s.sessions().list(new SessionFilter(null, null, null, null, 50, 0, 10))))
                .extracting(SessionSummary::averageScore).containsOnly(100.0);
        assertThat(join(s.sessions().list(new SessionFilter(null, SessionStatus.IN_PROGRESS, null, null, null, 0, 10)))).hasSize(3);
    }
}
