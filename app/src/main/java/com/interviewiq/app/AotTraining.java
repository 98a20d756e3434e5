package com.interviewiq.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run behind the installers' AOT cache (JEP 483/514; packaging/common.sh runs it once
 * with {@code -XX:AOTCacheOutput}): it does what a start-up does, so the classes it loads and links
 * are stored ready in the cache that both launchers map at start. Not a user command.
 * <pre>
 *   AotTraining DATA_DIR [validate] [console]
 * </pre>
 * {@code validate} on DATA_DIR (a fresh one: the schema is created as on a first start), then
 * {@code console} (needs a display) the console until its first frame is shown (the engine's own
 * start-up classes came with validate; the cache stays within the image's size budget). Exits 0 as long as
 * validate passed: a console that cannot open here only leaves its classes out of the cache.
 * {@code AotTraining DATA_DIR console} alone times the console's first frame from an installed image
 * (docs/BENCHMARKS.md).
 */
public final class AotTraining {
    /** A console that never attaches must not hold the packaging up. */
    private static final long CONSOLE_DEADLINE_MS = 120_000;

    private AotTraining() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AotTraining DATA_DIR [validate] [console]");
            System.exit(2);
        }
        String data = Path.of(args[0]).toAbsolutePath().toString();
        Map<String, String> env = Map.of(); // the data dir alone decides; no INTERVIEWIQ_* from the build machine
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Main.prepareLogging(new String[] {"--data-dir", data}, env);
        java.util.List<String> steps = java.util.Arrays.asList(args).subList(1, args.length);
        if (steps.contains("validate")) {
            int validate = Main.run(new String[] {"validate", "--data-dir", data}, out, err, env);
            if (validate != 0) {
                System.exit(validate);
            }
        }
        if (steps.contains("console")) {
            Thread deadline = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Thread.sleep(CONSOLE_DEADLINE_MS);
                    err.println("AotTraining: the console showed no frame within "
                            + CONSOLE_DEADLINE_MS / 1000 + " s; the cache keeps what ran");
                    System.exit(0);
                } catch (InterruptedException e) {
                    // finished in time
                }
            });
            try {
                Main.run(new String[] {"gui", "--data-dir", data}, out, err, env, new GuiLauncher(true));
            } catch (RuntimeException | LinkageError e) {
                err.println("AotTraining: the console did not open (" + e + "); the cache keeps what ran");
            }
            deadline.interrupt();
        }
        System.exit(0);
    }
}
