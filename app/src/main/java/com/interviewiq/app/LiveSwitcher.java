package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.simulate.ModeToggler;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.SimulationResult;

import java.time.Duration;

/** simulate --switch-every: the workload with live mode switches on a period. */
final class LiveSwitcher {
    private LiveSwitcher() {
    }

    static SimulationResult runWhileSwitching(Engine engine, SimulationOptions options, Duration every) {
        SimulationResult r;
        EngineCommand.await(engine.warmOtherDriver()); // preparation, not part of the measured run
        try (ModeToggler toggler = new ModeToggler(() -> engine.backend().mode(),
                mode -> engine.switchMode(mode, p -> { }), every)) {
            toggler.start();
            r = EngineCommand.await(engine.simulator().run(options, (done, total) -> { }));
            toggler.close();
            return toggler.into(r);
        }
    }
}
