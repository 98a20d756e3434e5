package com.interviewiq.engine.db;

import java.util.concurrent.CompletionStage;

/** The body of a transaction. It commits when the returned stage completes normally. */
@FunctionalInterface
public interface TxWork<T> {
    CompletionStage<T> apply(Tx tx);
}
