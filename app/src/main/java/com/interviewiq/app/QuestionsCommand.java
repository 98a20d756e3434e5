package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.questions.Page;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ImportReport;
import com.interviewiq.engine.transfer.ParsedFile;
import com.interviewiq.engine.transfer.Progress;
import com.interviewiq.engine.transfer.QuestionFileReader;
import com.interviewiq.engine.validation.FieldError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "questions", description = "Import, export and list the question bank.", mixinStandardHelpOptions = true,
        subcommands = {QuestionsCommand.Import.class, QuestionsCommand.Export.class, QuestionsCommand.ListCmd.class})
final class QuestionsCommand {
    @Mixin
    GlobalOptions global;

    @Command(name = "import", description = "Import questions from a JSON or CSV file: all or nothing.",
            mixinStandardHelpOptions = true)
    static final class Import extends EngineCommand {
        @Parameters(paramLabel = "FILE", description = "interviewiq-questions/1 JSON or CSV file")
        Path file;

        @Option(names = "--format", description = "json or csv (default: from the file name)")
        String format;

        @Option(names = "--update", description = "Replace questions whose key exists (default: skip them).")
        boolean update;

        @Option(names = "--dry-run", description = "Validate and count only; write nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        int run(Engine engine) {
            ImportFormat fmt;
            try {
                fmt = format == null ? ImportFormat.of(file) : ImportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: " + e.getMessage());
            }
            ParsedFile parsed = QuestionFileReader.read(file, fmt);
            ImportReport report = await(engine.transfer().importRows(parsed, update, dryRun, Progress.NONE));
            PrintWriter out = out();
            if (json) {
                Json.print(out, report);
            } else {
                for (FieldError e : report.errors()) {
                    out.println(e);
                }
                if (!report.ok()) {
                    out.println("Nothing was imported: " + report.errors().size() + " problem(s) in " + file + ".");
                } else {
                    out.printf(Locale.ROOT, "%s %d, updated %d, skipped %d existing (%d rows in %s).%n",
                            report.dryRun() ? "Dry run, nothing written: would import" : "Imported",
                            report.imported(), report.updated(), report.skipped(), report.rows(), file);
                }
                out.flush();
            }
            return report.ok() ? 0 : 1;
        }
    }

    @Command(name = "export", description = "Export the question bank as JSON or CSV (re-importable).",
            mixinStandardHelpOptions = true)
    static final class Export extends EngineCommand {
        @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Override
        int run(Engine engine) throws IOException {
            ImportFormat fmt;
            try {
                fmt = ImportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: " + e.getMessage());
            }
            String text = await(engine.transfer().export(fmt, QuestionQuery.all()));
            if (output == null) {
                out().print(text);
                out().flush();
            } else {
                Path abs = output.toAbsolutePath();
                Files.createDirectories(abs.getParent());
                Path tmp = Files.createTempFile(abs.getParent(), ".export", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                err().println("Exported to " + abs);
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List questions (every status unless filtered).", mixinStandardHelpOptions = true)
    static final class ListCmd extends EngineCommand {
        @Option(names = "--category") String category;
        @Option(names = "--difficulty") Integer difficulty;
        @Option(names = "--tag") String tag;
        @Option(names = "--status", description = "draft or ready") String status;
        @Option(names = "--search", description = "Text in the key, title or prompt") String text;
        @Option(names = "--limit", defaultValue = "1000") int limit;
        @Option(names = "--json") boolean json;

        @Override
        int run(Engine engine) {
            QuestionStatus st = null;
            if (status != null) {
                st = QuestionStatus.parseOrNull(status);
                if (st == null) {
                    throw new UsageException("--status must be draft or ready, got '" + status + "'");
                }
            }
            if (difficulty != null && (difficulty < 1 || difficulty > 5)) {
                throw new UsageException("--difficulty must be 1..5, got " + difficulty);
            }
            if (limit < 1 || limit > QuestionQuery.MAX_LIMIT) {
                throw new UsageException("--limit must be 1.." + QuestionQuery.MAX_LIMIT);
            }
            Page<Question> page = await(engine.questions().search(
                    new QuestionQuery(category, difficulty, tag, st, text, 0, limit)));
            PrintWriter out = out();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("total", page.total());
                doc.put("questions", page.items());
                Json.print(out, doc);
                return 0;
            }
            out.printf(Locale.ROOT, "%-36s %-14s %3s %-6s %s%n", "KEY", "CATEGORY", "DIF", "STATUS", "TITLE");
            for (Question q : page.items()) {
                out.printf(Locale.ROOT, "%-36s %-14s %3d %-6s %s%n", q.key(), q.category(), q.difficulty(),
                        q.status().label(), q.title());
            }
            out.println(page.items().size() + " of " + page.total() + " question(s).");
            out.flush();
            return 0;
        }
    }

    static List<String> split(String csv) {
        return csv == null ? List.of() : List.of(csv.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
