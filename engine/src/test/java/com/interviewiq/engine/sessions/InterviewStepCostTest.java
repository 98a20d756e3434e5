package com.interviewiq.engine.sessions;

import com.interviewiq.engine.monitor.DatabaseMetrics;
import com.interviewiq.engine.monitor.InstrumentedDatabase;
import com.interviewiq.engine.simulate.Interviewer;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an interview step costs the database, counted (not timed) through the instrumented
 * decorator the monitor and the bench use: statements and transactions. The budgets are the
 * point of issue 17 part 3; going above one fails here, on every backend.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("com.interviewiq.engine.testing.Backend#parity")
class InterviewStepCostTest {
    /** next + submit as the simulator and the bench drive them (the submit of the step just asked). */
    static final int STEP_TRANSACTIONS = 2;
    static final int STEP_STATEMENTS = 5;
    /** next + submit(id, questionId, ...) by ids only: one read more, to fetch and check the question before evaluating. */
    static final int BY_ID_STEP_TRANSACTIONS = 3;
    static final int BY_ID_STEP_STATEMENTS = 6;
    /** create + start. */
    static final int OPEN_TRANSACTIONS = 2;
    static final int OPEN_STATEMENTS = 4;
    /** the next() that finds the plan done and completes the session. */
    static final int FINISH_TRANSACTIONS = 1;
    static final int FINISH_STATEMENTS = 2;
    static final int STEPS = 5;

    @org.junit.jupiter.params.Parameter
    Backend backend;

    @TempDir
    Path temp;
    private Services s;
    private DatabaseMetrics metrics;

    @BeforeEach
    void open() {
        metrics = new DatabaseMetrics();
        s = Services.over(new InstrumentedDatabase(backend.openFresh(temp, Backend.SMALL_POOL), metrics,
                new SimpleMeterRegistry()), new TestClock(Instant.parse("2026-11-27T09:00:00Z")));
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

    /** Statements and transactions (commits and rollbacks) spent by one piece of work. */
    private record Cost(long statements, long transactions) {
    }

    private <T> T counted(Supplier<T> work, Cost[] into) {
        DatabaseMetrics.Counts before = metrics.counts();
        T result = work.get();
        DatabaseMetrics.Counts after = metrics.counts();
        into[0] = new Cost(after.statements() - before.statements(), after.transactions() - before.transactions());
        return result;
    }

    @Test
    void anInterviewAsTheBenchDrivesItStaysWithinItsBudget() {
        Interviewer interviewer = new Interviewer(s.sessions(), "cost", List.of("SQL", "Java"), STEPS);
        SplittableRandom random = new SplittableRandom(17);
        Cost[] cost = new Cost[1];
        long id = counted(() -> join(interviewer.open(0)), cost);
        Cost open = cost[0];
        long statements = open.statements();
        long transactions = open.transactions();
        List<Cost> steps = new java.util.ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            boolean answered = counted(() -> join(interviewer.answerNext(id, random)), cost);
            assertThat(answered).isTrue();
            steps.add(cost[0]);
            statements += cost[0].statements();
            transactions += cost[0].transactions();
        }
        boolean more = counted(() -> join(interviewer.answerNext(id, random)), cost);
        assertThat(more).as("the plan of five is done").isFalse();
        Cost finish = cost[0];
        statements += finish.statements();
        transactions += finish.transactions();
        // printed before any budget is checked, so a failing run still says what it cost
        report("open", open);
        for (int i = 0; i < steps.size(); i++) {
            report("step " + (i + 1), steps.get(i));
        }
        report("finish", finish);
        System.out.printf("[%s] session of %d steps: %d statements in %d transactions (%.1f and %.1f per step)%n",
                backend, STEPS, statements, transactions, statements / (double) STEPS, transactions / (double) STEPS);

        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).transactions()).as("transactions of step " + (i + 1)).isLessThanOrEqualTo(STEP_TRANSACTIONS);
            assertThat(steps.get(i).statements()).as("statements of step " + (i + 1)).isLessThanOrEqualTo(STEP_STATEMENTS);
        }
        assertThat(open.transactions()).as("open transactions").isLessThanOrEqualTo(OPEN_TRANSACTIONS);
        assertThat(open.statements()).as("open statements").isLessThanOrEqualTo(OPEN_STATEMENTS);
        assertThat(finish.transactions()).as("finish transactions").isLessThanOrEqualTo(FINISH_TRANSACTIONS);
        assertThat(finish.statements()).as("finish statements").isLessThanOrEqualTo(FINISH_STATEMENTS);
        assertThat(join(s.sessions().answers(id))).extracting(Answer::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(join(s.sessions().get(id)).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void aStepBySessionAndQuestionIdsStaysWithinItsBudget() {
        InterviewSession sess = join(s.sessions().create(new NewSession("Ada", "Grace", List.of("SQL", "Java"), 3, null)));
        join(s.sessions().start(sess.id()));
        Cost[] cost = new Cost[1];
        for (int step = 1; step <= 3; step++) {
            SubmittedAnswer a = counted(() -> {
                NextStep next = join(s.sessions().next(sess.id()));
                return join(s.sessions().submit(sess.id(), next.question().id(), "an index", 1000));
            }, cost);
            report("by-id step " + step, cost[0]);
            assertThat(a.answer().seq()).isEqualTo(step);
            assertThat(cost[0].transactions()).as("transactions of step " + step).isLessThanOrEqualTo(BY_ID_STEP_TRANSACTIONS);
            assertThat(cost[0].statements()).as("statements of step " + step).isLessThanOrEqualTo(BY_ID_STEP_STATEMENTS);
        }
    }

    private void report(String what, Cost c) {
        System.out.printf("[%s] %s: %d statements, %d transactions%n", backend, what, c.statements(), c.transactions());
    }
}
