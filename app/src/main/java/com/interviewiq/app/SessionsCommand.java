package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.data.DataException;
import com.interviewiq.engine.sessions.ReportMarkdown;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionStatus;
import com.interviewiq.engine.sessions.SessionSummary;
import com.interviewiq.ui.reports.Paper;
import com.interviewiq.ui.reports.ReportPdf;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "sessions", description = "Interview session history and reports.", mixinStandardHelpOptions = true,
        subcommands = {SessionsCommand.ListCmd.class, SessionsCommand.Report.class, SessionsCommand.Delete.class,
                SessionsCommand.Purge.class, SessionsExportCommand.class})
final class SessionsCommand {
    @Mixin
    GlobalOptions global;

    @Command(name = "list", description = "List sessions, newest first.", mixinStandardHelpOptions = true)
    static final class ListCmd extends EngineCommand {
        @Option(names = "--candidate", description = "Part of the candidate's name") String candidate;
        @Option(names = "--status", description = "planned, in_progress, paused, completed or abandoned") String status;
        @Option(names = "--limit", defaultValue = "100") int limit;
        @Option(names = "--json") boolean json;

        @Override
        int run(Engine engine) {
            SessionStatus st = null;
            if (status != null) {
                try {
                    st = SessionStatus.fromLabel(status);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--status must be planned, in_progress, paused, completed or abandoned");
                }
            }
            List<SessionSummary> list = await(engine.sessions().list(
                    new SessionFilter(candidate, st, null, null, null, 0, Math.max(1, limit))));
            PrintWriter out = out();
            if (json) {
                Json.print(out, list);
                return 0;
            }
            out.printf(Locale.ROOT, "%6s  %-24s %-20s %-11s %8s %6s%n", "ID", "CANDIDATE", "INTERVIEWER", "STATUS", "ANSWERED", "SCORE");
            for (SessionSummary s : list) {
                out.printf(Locale.ROOT, "%6d  %-24s %-20s %-11s %8d %6s%n", s.id(), s.candidate(), s.interviewer(),
                        s.status().label(), s.answered(), s.averageScore() == null ? "-"
                                : String.format(Locale.ROOT, "%.1f", s.averageScore()));
            }
            out.println(list.size() + " session(s).");
            out.flush();
            return 0;
        }
    }

    @Command(name = "report", description = "Print a session's report (Markdown unless --json), or write it as a PDF.",
            mixinStandardHelpOptions = true)
    static final class Report extends EngineCommand {
        @Parameters(paramLabel = "ID") long id;

        @ArgGroup(exclusive = true)
        Format format = new Format();

        @Option(names = "--paper", paramLabel = "a4|letter",
                description = "Paper for --pdf (default: Letter where the locale's country uses it, such as the US, Canada, Mexico "
                        + "or the Philippines; A4 elsewhere)")
        String paper;

        static final class Format {
            @Option(names = "--json") boolean json;
            @Option(names = "--markdown") boolean markdown;
            @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as a PDF, readable by you only")
            Path pdf;
        }

        @Override
        int run(Engine engine) {
            Paper sheet = paper();
            SessionReport report = await(engine.sessions().report(id));
            if (format.pdf != null) {
                return writePdf(report, sheet);
            }
            if (format.json) {
                Json.print(out(), report);
            } else {
                out().print(ReportMarkdown.render(report));
                out().flush();
            }
            return 0;
        }

        private Paper paper() {
            if (paper == null) {
                return Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT));
            }
            if (format.pdf == null) {
                throw new UsageException("--paper goes with --pdf FILE");
            }
            try {
                return Paper.parse(paper);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private int writePdf(SessionReport report, Paper sheet) {
            ReportPdf.Written written;
            try {
                written = ReportPdf.write(report, format.pdf, sheet);
            } catch (IOException e) {
                throw new DataException(e.getMessage(), e);
            }
            out().printf(Locale.ROOT, "Wrote %s (%d page(s), %s).%n", format.pdf, written.pages(),
                    sheet == Paper.A4 ? "A4" : "Letter");
            out().flush();
            if (!written.missing().isEmpty()) {
                err().println("interviewiq: no font on this computer has " + String.join(" ", written.missing())
                        + "; the PDF shows '?' for them");
                err().flush();
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete sessions for good, with their answers, evaluations and notes.",
            mixinStandardHelpOptions = true)
    static final class Delete extends EngineCommand {
        @Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids;
        @Option(names = "--yes", description = "Do not ask for confirmation") boolean yes;

        @Override
        int run(Engine engine) {
            var preview = await(engine.eraser().delete(ids, true));
            if (!Confirm.confirmed(yes, "This deletes " + preview.sentence() + ".", out())) {
                return 1;
            }
            var removed = await(engine.eraser().delete(ids, false));
            out().println("Deleted " + removed.sentence() + ".");
            out().flush();
            return 0;
        }
    }

    @Command(name = "purge", description = "Delete every session created longer ago than an age (12h, 90d, 8w).",
            mixinStandardHelpOptions = true)
    static final class Purge extends EngineCommand {
        @Option(names = "--older-than", required = true, paramLabel = "AGE") String olderThan;
        @Option(names = "--dry-run", description = "Only say what would be deleted") boolean dryRun;
        @Option(names = "--yes", description = "Do not ask for confirmation") boolean yes;

        @Override
        int run(Engine engine) {
            java.time.Instant cutoff = java.time.Instant.now().minus(Durations.age("--older-than", olderThan));
            var preview = await(engine.eraser().purgeCreatedBefore(cutoff, true));
            if (dryRun) {
                out().println("Would delete " + preview.sentence() + " (created before " + cutoff + ").");
                out().flush();
                return 0;
            }
            if (preview.sessions() > 0 && !Confirm.confirmed(yes, "This deletes " + preview.sentence()
                    + " created before " + cutoff + ".", out())) {
                return 1;
            }
            var removed = await(engine.eraser().purgeCreatedBefore(cutoff, false));
            out().println("Deleted " + removed.sentence() + " (created before " + cutoff + ").");
            out().flush();
            return 0;
        }
    }
}
