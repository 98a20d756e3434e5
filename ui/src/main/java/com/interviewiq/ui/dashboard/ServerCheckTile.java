package com.interviewiq.ui.dashboard;

import com.interviewiq.engine.monitor.ServerCheck;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Dashboard's "server agrees: 99.8%" tile: the engine's transaction count checked against the
 * PostgreSQL server's own. Warns while the two part by more than 2% (another client working on the
 * database); "not available" on H2. FX thread only; no controls.
 */
public final class ServerCheckTile {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("server check: …");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("not read yet");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();

    /** The newest result; null (not wired, or an engine without it) reads as not available. */
    public void show(ServerCheck check) {
        if (check == null) {
            text.set("server check: not available");
            detail.set("no server cross-check in this engine");
            warning.set(false);
            return;
        }
        text.set(check.summary());
        detail.set(check.why() + (check.agreementPercent() == null ? ""
                : String.format(java.util.Locale.ROOT, " (server %,d / engine %,d over %.0f s)", check.serverTransactions(),
                check.engineTransactions(), check.windowSeconds())));
        warning.set(check.warns());
    }

    /** "server agrees: 99.8%", "server differs: 131.0%", "server check: not available". */
    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** Why, with the two counts and the window: the tile's tooltip. */
    public ReadOnlyStringProperty detail() {
        return detail.getReadOnlyProperty();
    }

    /** True while server and engine part by more than 2%. */
    public ReadOnlyBooleanProperty warning() {
        return warning.getReadOnlyProperty();
    }
}
