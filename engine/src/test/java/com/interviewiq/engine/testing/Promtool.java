package com.interviewiq.engine.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own linter (apt {@code prometheus} brings it; .ci/run installs it). Missing, it skips
 * a test on a developer's machine but fails it in CI (CI is set), where a skip would hide a lint error.
 */
public final class Promtool {
    private final Path binary;

    private Promtool(Path binary) {
        this.binary = binary;
    }

    public static Promtool find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "promtool");
            if (Files.isExecutable(p)) {
                return new Promtool(p);
            }
        }
        Assumptions.assumeTrue(System.getenv("CI") != null,
                "promtool is not installed (apt-get install prometheus; .ci/run does)");
        throw new IllegalStateException("promtool is not installed, yet CI needs it: .ci/run installs it (apt prometheus)");
    }

    /** {@code promtool check metrics} on an exposition given on stdin. */
    public Result checkMetrics(String exposition) throws IOException, InterruptedException {
        return run(List.of("check", "metrics"), exposition);
    }

    /** {@code promtool check rules FILE}. */
    public Result checkRules(Path rules) throws IOException, InterruptedException {
        return run(List.of("check", "rules", rules.toAbsolutePath().toString()), null);
    }

    private Result run(List<String> args, String stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            p.getOutputStream().close();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("promtool did not finish within 60 s");
        }
        return new Result(p.exitValue(), output);
    }

    /** Exit code and everything promtool printed. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }
}
