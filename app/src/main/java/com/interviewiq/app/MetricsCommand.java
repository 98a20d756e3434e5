package com.interviewiq.app;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsHistory;
import com.interviewiq.engine.monitor.recording.Recording;
import com.interviewiq.engine.monitor.recording.RecordingException;
import com.interviewiq.engine.monitor.recording.RecordingSummary;
import com.interviewiq.engine.monitor.recording.Recordings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The metrics recordings the console and {@code serve} leave in {@code <data dir>/metrics}: list
 * them, show one. Reads files only: no engine starts, no database is opened.
 */
@Command(name = "metrics", description = "Metrics recordings of the console and serve (<data dir>/metrics).",
        mixinStandardHelpOptions = true, subcommands = {MetricsCommand.ListCmd.class, MetricsCommand.Show.class})
final class MetricsCommand {
    @Mixin
    GlobalOptions global;

    /** Shared by both subcommands: the recordings folder of the resolved data dir, errors as one sentence. */
    abstract static class RecordingsCommand implements Callable<Integer> {
        @Mixin
        GlobalOptions global;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Settings settings = GlobalOptions.merged(spec).settings();
            try {
                return run(Recordings.in(settings.dataDir()), spec.commandLine().getOut());
            } catch (RecordingException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("interviewiq: " + e.getMessage());
                err.flush();
                return 1;
            }
        }

        abstract int run(Recordings recordings, PrintWriter out);

        /** Local wall-clock time to the second, as the dashboard shows it; "-" for none. */
        static String local(java.time.Instant t) {
            return t == null ? "-" : LOCAL.format(t);
        }
    }

    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    @Command(name = "list", description = "List the recordings, oldest first: file, start, end, samples, mode switches, alerts.",
            mixinStandardHelpOptions = true)
    static final class ListCmd extends RecordingsCommand {
        @Option(names = "--json", description = "As JSON: file, path, start, end, samples, modeSwitches, alerts, process, "
                + "database, complete, problem")
        boolean json;

        @Override
        int run(Recordings recordings, PrintWriter out) {
            List<RecordingSummary> list = recordings.list();
            if (json) {
                Json.print(out, list);
                return 0;
            }
            out.printf(Locale.ROOT, "%-44s %-20s %-20s %8s %8s %6s%n", "FILE", "START", "END", "SAMPLES", "SWITCHES",
                    "ALERTS");
            for (RecordingSummary r : list) {
                out.printf(Locale.ROOT, "%-44s %-20s %-20s %8d %8d %6d%s%n", r.file(), local(r.start()),
                        local(r.end()), r.samples(), r.modeSwitches(), r.alerts(),
                        r.problem() != null ? "  (unreadable: " + r.problem() + ")"
                                : r.complete() ? "" : "  (ended without closing: killed or still recording)");
            }
            out.println(list.size() + " recording(s) in " + recordings.dir() + ".");
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", description = "Show one recording: a summary with its events and alerts, or every sample "
            + "as JSON or CSV.", mixinStandardHelpOptions = true)
    static final class Show extends RecordingsCommand {
        @Parameters(paramLabel = "FILE", description = "A file name from 'metrics list', or a path")
        String file;

        @ArgGroup(exclusive = true)
        Format format = new Format();

        static final class Format {
            @Option(names = "--json", description = "file, header, complete, samples (as /monitoring/database), events, alerts")
            boolean json;
            @Option(names = "--csv", description = "The samples as CSV (the dashboard's Export CSV columns)")
            boolean csv;
        }

        @Override
        int run(Recordings recordings, PrintWriter out) {
            Recording r = recordings.open(file);
            if (format.csv) {
                out.print(MetricsHistory.toCsv(r.samples()));
                out.flush();
                return 0;
            }
            if (format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", r.file().getFileName().toString());
                doc.put("header", r.header());
                doc.put("complete", r.complete());
                doc.put("start", r.start());
                doc.put("end", r.end());
                doc.put("samples", r.samples());
                doc.put("events", r.events());
                doc.put("alerts", r.alerts());
                Json.print(out, doc);
                return 0;
            }
            RecordingSummary s = r.summary();
            out.println(s.file());
            if (r.header() != null) {
                out.printf(Locale.ROOT, "  recorded by %s (pid %d) on %s, %s mode, sampled every %d ms%n", r.header().process(),
                        r.header().pid(), r.header().database(), r.header().mode(), r.header().sampleIntervalMillis());
            }
            out.printf(Locale.ROOT, "  %s to %s: %d samples, %d mode switch(es), %d alert(s)%s%n", local(s.start()),
                    local(s.end()), s.samples(), s.modeSwitches(), s.alerts(),
                    s.complete() ? "" : "; ended without closing (killed or still recording): read up to its last flushed second");
            for (MetricsEvent e : r.events()) {
                out.printf(Locale.ROOT, "  %s  %-14s %s  %s%n", local(e.time()), e.kind(), e.label(), e.detail());
            }
            for (Alert a : r.alerts()) {
                out.printf(Locale.ROOT, "  %s  alert %-8s %-8s %s: %s%n", local(a.time()), a.kind(), a.level(),
                        a.check(), a.message());
            }
            out.println("  (--csv or --json for every sample)");
            out.flush();
            return 0;
        }
    }
}
