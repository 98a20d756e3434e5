package com.interviewiq.engine;

import com.interviewiq.engine.data.SessionEraser;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.evaluation.AnswerEvaluator;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.transfer.QuestionTransferService;

import java.time.Clock;

/** The services over one database, wired to each other once; the engine and the benchmark both build them here. */
public record EngineServices(QuestionBankService questions, QuestionTransferService transfer, SessionService sessions,
                             Simulator simulator, SessionEraser eraser) {

    /**
     * @param actor who overrides scores and erases sessions, as the audit trail records it (the
     *              interviewer name in the settings)
     */
    public static EngineServices over(Database db, AnswerEvaluator evaluator, Clock clock, String actor) {
        QuestionBankService questions = new QuestionBankService(db, clock);
        SessionService sessions = new SessionService(db, evaluator, clock, actor);
        return new EngineServices(questions, new QuestionTransferService(db, questions, clock), sessions,
                new Simulator(db, questions, sessions), new SessionEraser(db, actor));
    }
}
