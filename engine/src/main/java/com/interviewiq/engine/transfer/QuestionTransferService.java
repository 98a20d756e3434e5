package com.interviewiq.engine.transfer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.db.Stages;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionBankService;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionRules;
import com.interviewiq.engine.questions.QuestionStore;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.validation.FieldError;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Import and export of question banks. An import validates every row first and writes in one
 * transaction, so a file is taken whole or not at all.
 */
public final class QuestionTransferService {
    public static final String SAMPLE_BANK = "/interviewiq/samples/sample-questions.json";
    private static final int KEY_CHUNK = 500;

    private final Database db;
    private final QuestionBankService bank;
    private final Clock clock;

    public QuestionTransferService(Database db, QuestionBankService bank, Clock clock) {
        this.db = db;
        this.bank = bank;
        this.clock = clock;
    }

    /**
     * Imports parsed rows. Existing keys are skipped, or replaced when {@code update}. With
     * {@code dryRun} only validates and counts.
     */
    public CompletionStage<ImportReport> importRows(ParsedFile file, boolean update, boolean dryRun, Progress progress) {
        List<FieldError> errors = new ArrayList<>(file.errors());
        List<QuestionDraft> drafts = new ArrayList<>();
        for (ParsedRow row : file.rows()) {
            QuestionDraft normalised = QuestionRules.normalise(row.draft());
            QuestionRules.check(normalised).forEach(e -> errors.add(e.atRow(row.label())));
            drafts.add(normalised);
        }
        int total = drafts.size() + file.errors().size();
        return existingKeys(drafts).thenCompose(existing -> {
            int skipped = update ? 0 : (int) drafts.stream().filter(d -> existing.contains(d.key())).count();
            int updated = update ? (int) drafts.stream().filter(d -> existing.contains(d.key())).count() : 0;
            int imported = drafts.size() - skipped - updated;
            if (!errors.isEmpty() || dryRun) {
                return CompletableFuture.completedFuture(new ImportReport(total, imported, updated, skipped, dryRun,
                        sortedByRow(errors, file)));
            }
            AtomicInteger done = new AtomicInteger();
            return db.inTransaction(tx -> Stages.forEach(drafts, d -> {
                CompletionStage<?> step;
                if (!existing.contains(d.key())) {
                    step = QuestionStore.insert(tx, d, clock.instant());
                } else if (update) {
                    step = QuestionStore.replaceByKey(tx, d, clock.instant());
                } else {
                    step = CompletableFuture.completedFuture(null);
                }
                return step.thenApply(x -> {
                    progress.update(done.incrementAndGet(), drafts.size());
                    return x;
                });
            })).thenApply(x -> new ImportReport(total, imported, updated, skipped, false, List.of()));
        });
    }

    /** Errors in file order: parse errors and rule errors interleaved by the row they belong to (stable). */
    private static List<FieldError> sortedByRow(List<FieldError> errors, ParsedFile file) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort((x, y) -> compareLabels(x.row(), y.row()));
        return sorted;
    }

    private static int compareLabels(String a, String b) {
        return Long.compare(number(a), number(b));
    }

    private static long number(String label) {
        if (label == null) {
            return -1;
        }
        String digits = label.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private CompletionStage<Set<String>> existingKeys(List<QuestionDraft> drafts) {
        List<String> keys = drafts.stream().map(QuestionDraft::key).filter(k -> k != null).distinct().toList();
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += KEY_CHUNK) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + KEY_CHUNK)));
        }
        return db.inTransaction(tx -> Stages.sequence(chunks, chunk -> tx.query(Sql.of(
                        "SELECT question_key FROM questions WHERE question_key IN (" + Sql.placeholders(chunk.size()) + ")",
                        chunk.toArray()), r -> r.getString("question_key")))
                .thenApply(lists -> lists.stream().flatMap(List::stream).collect(Collectors.toCollection(HashSet::new))));
    }

    /** Loads the bundled sample bank (skipping keys that exist). */
    public CompletionStage<ImportReport> importSampleBank() {
        ParsedFile file = SampleBankFile.parsed().orElseThrow(
                () -> new IllegalStateException("the sample bank is missing from this build (" + SAMPLE_BANK + ")"));
        return importRows(file, false, false, Progress.NONE);
    }

    /**
     * Every question matching the filter (its offset and limit are ignored: all of them, read page by
     * page), in id order, as a JSON or CSV document that imports back losslessly.
     */
    public CompletionStage<String> export(ImportFormat format, QuestionQuery filter) {
        return com.interviewiq.engine.questions.QuestionPages.loadAll(bank::search, filter, QuestionQuery.MAX_LIMIT)
                .thenApply(all -> format == ImportFormat.JSON ? toJson(all) : toCsv(all));
    }

    public static String toJson(List<Question> questions) {
        ObjectNode root = JsonSupport.mapper().createObjectNode();
        root.put("format", QuestionFileReader.FORMAT);
        ArrayNode arr = root.putArray("questions");
        for (Question q : questions) {
            ObjectNode o = arr.addObject();
            o.put("key", q.key());
            o.put("category", q.category());
            o.put("difficulty", q.difficulty());
            o.put("title", q.title());
            o.put("prompt", q.prompt());
            ArrayNode tags = o.putArray("tags");
            q.tags().forEach(tags::add);
            o.put("timeLimitSeconds", q.timeLimitSeconds());
            o.put("status", q.status().label());
            o.set("rubric", rubricJson(q.rubric()));
        }
        try {
            return JsonSupport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode rubricJson(List<RubricCriterion> rubric) {
        ArrayNode arr = JsonSupport.mapper().createArrayNode();
        for (RubricCriterion c : rubric) {
            ObjectNode o = arr.addObject();
            o.put("criterion", c.criterion());
            o.put("weight", c.weight());
            ArrayNode k = o.putArray("keywords");
            c.keywords().forEach(k::add);
            if (!c.examples().isEmpty()) {
                ArrayNode e = o.putArray("examples");
                c.examples().forEach(e::add);
            }
        }
        return arr;
    }

    public static String toCsv(List<Question> questions) {
        StringBuilder sb = new StringBuilder(Csv.line(QuestionFileReader.CSV_HEADER));
        for (Question q : questions) {
            sb.append(Csv.line(List.of(q.key(), q.category(), Integer.toString(q.difficulty()), q.title(), q.prompt(),
                    String.join(";", q.tags()), Integer.toString(q.timeLimitSeconds()), q.status().label(),
                    rubricJson(q.rubric()).toString())));
        }
        return sb.toString();
    }
}
