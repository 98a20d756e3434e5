package com.interviewiq.engine.db.jdbc;

import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.db.DatabaseUnavailableException;
import com.interviewiq.engine.db.Sql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Maps driver exceptions to the port's exception types, using SQLSTATE classes. */
final class JdbcErrors {
    private JdbcErrors() {
    }

    static DatabaseException translate(SQLException e, Sql sql) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (isConnectionProblem(e)) {
            return new DatabaseUnavailableException("database unavailable: " + firstLine(e.getMessage()), e);
        }
        return new DatabaseException("statement failed (SQLSTATE " + state + "): " + firstLine(e.getMessage())
                + (sql == null ? "" : " in: " + sql.text()), e);
    }

    static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // class 08 = connection exception; 57P01..03 = PostgreSQL admin shutdown / cannot connect now
        return state.startsWith("08") || state.startsWith("57P") || e instanceof SQLNonTransientConnectionException
                || (e instanceof SQLTransientConnectionException && !state.isEmpty() && !state.startsWith("HY"));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
