package com.interviewiq.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {
    static Cli run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        GuiLauncher noWindow = new GuiLauncher() {
            @Override
            int launch(GlobalOptions options) {
                options.settings();
                new PrintWriter(out, true).println("gui would open");
                return 0;
            }
        };
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, noWindow);
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli run(String... args) {
        return run(Map.of(), args);
    }
}
