package com.interviewiq.ui.bench;

import com.interviewiq.ui.charts.BenchExport;
import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchWorkload;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.ui.bench.BenchmarkViewModel.Field;
import com.interviewiq.ui.bench.BenchmarkViewModel.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Start, stop and export without a screen, on a real (temporary H2) database. */
class BenchmarkCommandsTest {
    @TempDir
    Path dir;

    /** The FX thread's stand-in: events from the benchmark's thread queue up and run when the test drains them. */
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final Executor fx = inbox::add;

    private boolean drainedAnd(java.util.function.BooleanSupplier condition) {
        for (Runnable r = inbox.poll(); r != null; r = inbox.poll()) {
            r.run();
        }
        return condition.getAsBoolean();
    }

    private BenchmarkViewModel quickForm() {
        BenchmarkViewModel model = new BenchmarkViewModel();
        for (BenchMode m : BenchMode.values()) {
            model.mode(m).set(m == BenchMode.SYNC);
        }
        model.concurrency().set("1");
        model.duration().set("1s");
        model.warmup().set("0");
        model.poolSizes().set("2");
        model.rounds().set("1");
        model.workload().set(BenchWorkload.READ);
        return model;
    }

    private Settings console() {
        return SettingsResolver.resolve(dir.resolve("home"), Map.of(), Map.of(), Map.of());
    }

    @Test
    void aRunOnATemporaryDatabaseFillsTheModelThenExportsAndLeavesNothingBehind() throws Exception {
        BenchmarkViewModel model = quickForm();
        BenchmarkCommands commands = new BenchmarkCommands(model, console(), fx);
        assertThat(commands.start()).isTrue();
        assertThat(model.state().get()).isEqualTo(State.RUNNING);
        assertThat(commands.start()).as("one run at a time").isFalse();

        await().atMost(Duration.ofSeconds(60)).until(() -> drainedAnd(() -> model.state().get() == State.IDLE));
        assertThat(model.report().get()).isNotNull();
        assertThat(model.points()).hasSize(1).first().satisfies(p -> {
            assertThat(p.mode()).isEqualTo("sync");
            assertThat(p.stepsPerSecond()).isPositive();
        });
        assertThat(commands.lastTemporaryDir()).isNotNull().doesNotExist();

        Path out = dir.resolve("out");
        Files.createDirectories(out);
        commands.export(out);
        assertThat(model.progressText().get()).startsWith("Wrote ").endsWith(out.toAbsolutePath().toString());
        for (String f : BenchExport.FILES) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void badFieldsStartNothingAndExportingNothingSaysSo() {
        BenchmarkViewModel model = quickForm();
        model.rounds().set("none");
        BenchmarkCommands commands = new BenchmarkCommands(model, console(), fx);
        assertThat(commands.start()).isFalse();
        assertThat(model.state().get()).isEqualTo(State.IDLE);
        assertThat(model.error(Field.ROUNDS).get()).isNotEmpty();
        assertThat(commands.lastTemporaryDir()).isNull();

        commands.export(dir);
        assertThat(model.message().get()).isEqualTo("Nothing to export yet: run a benchmark first.");
    }
}
