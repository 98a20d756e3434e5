package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.export.AnswerExport;
import com.interviewiq.engine.export.AnswerFormat;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.transfer.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** {@code sessions export}: every answer of the selected sessions, one row each, for spreadsheets and HR systems. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every answer of the selected sessions, one row per answer, as CSV or JSON.",
                "Columns: sessionId, candidate, interviewer, sessionStarted, sessionFinished, answeredAt, questionKey,"
                        + " questionTitle, category, difficulty, skipped, score, overrideScore, overrideNote,"
                        + " evaluatorSource, evaluatorDetail (JSON: the same camelCase keys).",
                "CSV is RFC 4180 with a header row. A CSV text cell starting with = + - or @ is written with a leading '"
                        + " so that a spreadsheet shows it as text and never runs it as a formula.",
                "The output holds candidate data: a file is created readable by you only (0600)."})
final class SessionsExportCommand extends EngineCommand {
    @Option(names = "--from", paramLabel = "DATE",
            description = "Sessions created on or after DATE: 2026-11-30 (local day) or 2026-11-30T09:00:00Z")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Sessions created up to DATE, inclusive (a whole local day, or up to that instant)")
    String to;

    @Option(names = "--candidate", paramLabel = "NAME", description = "Part of the candidate's name, any case")
    String candidate;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (0600) instead of standard output")
    Path output;

    @Override
    int run(Engine engine) {
        SessionFilter filter = filter(ZoneId.systemDefault());
        AnswerFormat fmt = format();
        if (output == null) {
            PrintWriter out = out();
            engine.answerExport().write(filter, fmt, out, Progress.NONE);
            out.flush();
            // a PrintWriter keeps write errors to itself: a closed pipe (| head) must not pass for a full export
            if (out.checkError()) {
                err().println("The export could not be written to standard output completely (was it closed early?).");
                return 1;
            }
            return 0;
        }
        Path file = output.toAbsolutePath();
        long t0 = System.nanoTime();
        AnswerExport.Summary done = engine.answerExport().writeFile(filter, fmt, file, new ProgressLine(err(), "exported", "sessions"));
        // stdout stays for data: the summary goes where the progress went
        err().printf(Locale.ROOT, "Exported %,d answer(s) of %,d session(s) to %s in %.1f s.%n", done.answers(),
                done.sessions(), file, (System.nanoTime() - t0) / 1e9);
        err().flush();
        return 0;
    }

    private AnswerFormat format() {
        try {
            return AnswerFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be csv or json, got '" + format + "'");
        }
    }

    SessionFilter filter(ZoneId zone) {
        Instant start = CliDates.from("--from", from, zone);
        Instant end = CliDates.toExclusive("--to", to, zone);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new UsageException("--to must not be before --from (" + to + " is before " + from + ")");
        }
        String who = candidate == null || candidate.isBlank() ? null : candidate.strip();
        return new SessionFilter(who, null, start, end, null, 0, 1);
    }
}
