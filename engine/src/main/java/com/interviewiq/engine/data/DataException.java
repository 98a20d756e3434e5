package com.interviewiq.engine.data;

/** A backup, restore, archive or erasure that cannot be done, said in one sentence (nothing was changed). */
public final class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Waits for one page of an export; an interrupt, a failure or a page stuck past {@code seconds} ends it. */
    public static <T> T awaitExportPage(java.util.concurrent.CompletionStage<T> stage, long seconds) {
        try {
            return stage.toCompletableFuture().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("the export was interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable cause = com.interviewiq.engine.db.Failures.unwrap(e);
            throw new DataException("the export failed: " + cause.getMessage(), cause);
        }
    }
}
