package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.db.Failures;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** A subcommand that runs against a started engine. */
abstract class EngineCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    /** This command's global options, with each parent command's filling what is unset here. */
    GlobalOptions options() {
        return GlobalOptions.merged(spec);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.start(options().settings())) {
            return run(engine);
        }
    }

    abstract int run(Engine engine) throws Exception;

    /** Waits for a stage; failures surface as their cause. */
    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw Failures.propagate(e);
        }
    }
}
