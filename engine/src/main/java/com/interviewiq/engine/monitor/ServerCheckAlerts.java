package com.interviewiq.engine.monitor;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Turns the server cross-check's results into the alert log's entries: one raise when server and
 * engine part, one clear when they agree again (or there is too little traffic or no server left to
 * judge). A result that cannot be judged (waiting, unknown) leaves a raised alert standing.
 */
public final class ServerCheckAlerts implements Consumer<ServerCheck> {
    /** How an alert is raised: check name, level, message (health's {@code raise}). */
    public interface Raise {
        void raise(String check, String level, String message);
    }

    private final Raise raise;
    private final BiConsumer<String, String> clear;
    private boolean raised;

    public ServerCheckAlerts(Raise raise, BiConsumer<String, String> clear) {
        this.raise = raise;
        this.clear = clear;
    }

    @Override
    public synchronized void accept(ServerCheck c) {
        if (c.warns() && !raised) {
            raised = true;
            raise.raise(ServerCrossCheck.CHECK_NAME, "warn", c.summary() + ": " + c.why());
        } else if (raised && (c.state() == ServerCheck.State.AGREES || c.state() == ServerCheck.State.QUIET
                || c.state() == ServerCheck.State.NOT_AVAILABLE)) {
            raised = false;
            clear.accept(ServerCrossCheck.CHECK_NAME, c.summary());
        }
    }
}
