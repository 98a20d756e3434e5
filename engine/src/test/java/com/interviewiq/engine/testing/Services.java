package com.interviewiq.engine.testing;

import com.interviewiq.engine.EngineServices;
import com.interviewiq.engine.config.DataSettings;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.evaluation.HybridEvaluator;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.transfer.QuestionTransferService;

import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The engine's services over one test database, with a clock the test controls. */
public record Services(Database db, QuestionBankService questions, QuestionTransferService transfer,
                       SessionService sessions, Simulator simulator, Clock clock) implements AutoCloseable {

    public static Services over(Database db, Clock clock) {
        EngineServices s = EngineServices.over(db, HybridEvaluator.rubricOnly(), clock, DataSettings.osUser());
        return new Services(db, s.questions(), s.transfer(), s.sessions(), s.simulator(), clock);
    }

    public static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(120, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        db.close();
    }
}
