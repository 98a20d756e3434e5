package com.interviewiq.engine.db;

import com.interviewiq.engine.config.Mode;
import java.time.Duration;

/** No connection became free within the configured pool timeout. */
public class PoolTimeoutException extends DatabaseException {
    public PoolTimeoutException(Mode mode, Duration timeout, int max, Throwable cause) {
        super("no database connection became available within " + timeout.toMillis() + " ms ("
                + mode.label() + " pool, max " + max + " connections, all in use); raise the pool size"
                + " or the pool timeout", cause);
    }
}
