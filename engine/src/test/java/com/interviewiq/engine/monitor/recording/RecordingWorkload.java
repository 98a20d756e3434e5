package com.interviewiq.engine.monitor.recording;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.testing.TestEngines;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link RecordingKillTest}: an engine recording at 100 ms ticks under a
 * little load, writing each live sample's CSV line to a file as the sampler produces it, until it
 * is killed. Args: data dir, samples file.
 */
public final class RecordingWorkload {
    private RecordingWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        OutputStream seen = new FileOutputStream(args[1], true);
        Engine engine = Engine.start(TestEngines.settings(home, null, Mode.SYNC,
                Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "100")));
        engine.monitor().history().onSample(s -> {
            try {
                seen.write((s.csvLine() + "\n").getBytes(StandardCharsets.UTF_8));
                seen.flush();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        engine.startRecording("serve");
        engine.transfer().importSampleBank().toCompletableFuture().join();
        while (true) { // until SIGKILL
            engine.questions().count().toCompletableFuture().join();
        }
    }
}
