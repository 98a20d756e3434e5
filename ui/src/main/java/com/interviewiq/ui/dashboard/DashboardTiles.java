package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.monitor.MetricsSample;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * The Dashboard's tiles above the charts: mode, database, health, pool, rates, p99, errors, the
 * server's connections and its cross-check. The view model decides what they show (live, or a replay
 * at its slider's time); this holds the text. FX thread only; no controls.
 */
public final class DashboardTiles {
    private final StringProperty mode = new SimpleStringProperty("–");
    private final StringProperty database = new SimpleStringProperty("–");
    private final StringProperty health = new SimpleStringProperty("…");
    private final StringProperty pool = new SimpleStringProperty("–");
    private final StringProperty statementsRate = new SimpleStringProperty("–");
    private final StringProperty transactionsRate = new SimpleStringProperty("–");
    private final StringProperty p99Ms = new SimpleStringProperty("–");
    private final StringProperty errorsRate = new SimpleStringProperty("–");
    private final StringProperty serverConnections = new SimpleStringProperty("–");
    private final StringProperty serverConnectionsCaption = new SimpleStringProperty("server connections");
    private final BooleanProperty serverConnectionsShown = new SimpleBooleanProperty(false);
    private final ServerCheckTile serverCheck = new ServerCheckTile();

    /** The figures of one sample. */
    void show(MetricsSample s) {
        mode.set(s.mode());
        pool.set(s.active() + " / " + s.max());
        statementsRate.set(fmt("%.1f", s.statementsPerSecond()));
        transactionsRate.set(fmt("%.1f", s.transactionsPerSecond()));
        p99Ms.set(fmt("%.1f", s.p99Ms()));
        errorsRate.set(fmt("%.2f", s.errorsPerSecond()));
    }

    /** The server's connection budget (PostgreSQL); null hides the tile (H2, or not read yet). */
    void serverConnections(ServerConnections sc) {
        serverConnectionsShown.set(sc != null);
        if (sc != null) {
            serverConnections.set(sc.inUse() + " / " + sc.maxConnections());
            serverConnectionsCaption.set("server · this console " + sc.thisEngine());
        }
    }

    void mode(String label) {
        mode.set(label);
    }

    void database(String location) {
        database.set(location);
    }

    void health(String status) {
        health.set(status);
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    public ReadOnlyStringProperty mode() {
        return mode;
    }

    public ReadOnlyStringProperty database() {
        return database;
    }

    public ReadOnlyStringProperty health() {
        return health;
    }

    public ReadOnlyStringProperty pool() {
        return pool;
    }

    public ReadOnlyStringProperty statementsRate() {
        return statementsRate;
    }

    public ReadOnlyStringProperty transactionsRate() {
        return transactionsRate;
    }

    public ReadOnlyStringProperty p99Ms() {
        return p99Ms;
    }

    public ReadOnlyStringProperty errorsRate() {
        return errorsRate;
    }

    /** "37 / 100": client connections on the server / its max_connections. */
    public ReadOnlyStringProperty serverConnections() {
        return serverConnections;
    }

    public ReadOnlyStringProperty serverConnectionsCaption() {
        return serverConnectionsCaption;
    }

    public BooleanProperty serverConnectionsShown() {
        return serverConnectionsShown;
    }

    /** The server cross-check tile ("server agrees: 99.8%"). */
    public ServerCheckTile serverCheck() {
        return serverCheck;
    }
}
