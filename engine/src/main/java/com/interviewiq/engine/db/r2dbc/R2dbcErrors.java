package com.interviewiq.engine.db.r2dbc;

import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.PoolTimeoutException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

/** Maps R2DBC and Reactor failures to the port's exception types. */
final class R2dbcErrors {
    private R2dbcErrors() {
    }

    static Throwable forAcquire(Throwable e, Duration timeout, int max, Secret password) {
        if (e instanceof DatabaseException) {
            return e;
        }
        if (isTimeout(e) && !isConnectionProblem(e.getCause())) {
            return new PoolTimeoutException(Mode.ASYNC, timeout, max, null);
        }
        return new DatabaseUnavailableException("database unavailable: "
                + password.redact(firstLine(rootMessage(e))), null);
    }

    static Throwable forStatement(Throwable e) {
        if (e instanceof DatabaseException) {
            return e;
        }
        if (isConnectionProblem(e)) {
            return new DatabaseUnavailableException("database unavailable: " + firstLine(rootMessage(e)), e);
        }
        return e;
    }

    /** PostgreSQL refused a new connection because it is at max_connections (SQLSTATE 53300). */
    static boolean isServerFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof R2dbcException r && "53300".equals(r.getSqlState())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("too many clients")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable e) {
        return e instanceof R2dbcTimeoutException || e instanceof java.util.concurrent.TimeoutException;
    }

    static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof R2dbcNonTransientResourceException || t instanceof R2dbcTransientResourceException
                    || t instanceof ConnectException || t instanceof ClosedChannelException
                    || (t instanceof IOException && !(t instanceof java.io.UncheckedIOException))) {
                return true;
            }
            if (t instanceof R2dbcException r && r.getSqlState() != null
                    && (r.getSqlState().startsWith("08") || r.getSqlState().startsWith("57P")
                    || r.getSqlState().equals("28P01") || r.getSqlState().equals("3D000"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
