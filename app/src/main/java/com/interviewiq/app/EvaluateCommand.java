package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.evaluation.CriterionMark;
import com.interviewiq.engine.evaluation.Evaluation;
import com.interviewiq.engine.evaluation.RubricScorer;
import com.interviewiq.engine.evaluation.batch.Agreement;
import com.interviewiq.engine.evaluation.batch.BatchFile;
import com.interviewiq.engine.evaluation.batch.BatchItem;
import com.interviewiq.engine.evaluation.batch.SampleBank;
import com.interviewiq.engine.questions.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score answers with the configured evaluator (setting 'evaluator': semantic by default, offline).",
                "Questions are found by key in the database, then in the sample bank. With hand labels in the batch"
                        + " (\"kind\", \"met\": one true/false per criterion) it also prints how often the evaluator and the"
                        + " keyword rubric agree with them, per kind."})
final class EvaluateCommand extends EngineCommand {
    @Option(names = "--batch", paramLabel = "FILE",
            description = "A JSON array of {\"questionKey\", \"answer\"} objects; results come in input order.")
    Path batch;

    @Option(names = "--question-key", paramLabel = "KEY", description = "The question of a single answer.")
    String questionKey;

    @Option(names = "--answer", paramLabel = "TEXT", description = "A single answer to score.")
    String answer;

    @Option(names = "--json", description = "Print {\"results\": [{\"questionKey\", \"score\", \"source\", \"criteria\": [{\"criterion\", \"met\", \"evidence\"}]}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        items(); // a wrong command line fails before the engine starts
        return super.call();
    }

    @Override
    int run(Engine engine) {
        List<BatchItem> items = items();
        Function<String, Optional<Question>> find = SampleBank.after(key -> await(engine.questions().findByKey(key)));
        Map<String, Question> questions = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            Question q = questions.computeIfAbsent(item.questionKey(), k -> find.apply(k).orElse(null));
            if (q == null) {
                throw new UsageException(where(i) + "no question with key '" + item.questionKey()
                        + "' in the database or the sample bank");
            }
            if (item.labelled() && item.met().size() != q.rubric().size()) {
                throw new UsageException(where(i) + "\"met\" gives " + item.met().size() + " labels; question '"
                        + q.key() + "' has " + q.rubric().size() + " rubric criteria");
            }
        }
        ProgressLine progress = items.size() > 1 && !json ? new ProgressLine(err(), "evaluated", "answers") : null;
        List<Evaluation> results = new ArrayList<>(items.size());
        long[] micros = new long[items.size()];
        long[] prepareMicros = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            // as in an interview: the question's texts are embedded when it is served, the answer's when it comes
            long prepared = System.nanoTime();
            await(engine.evaluator().prepare(questions.get(item.questionKey())));
            prepareMicros[i] = (System.nanoTime() - prepared) / 1000;
            long start = System.nanoTime();
            results.add(await(engine.evaluator().evaluate(questions.get(item.questionKey()), item.answer())));
            micros[i] = (System.nanoTime() - start) / 1000;
            if (progress != null) {
                progress.update(i + 1, items.size());
            }
        }
        Agreement[] agreement = agreement(items, questions, results);
        Map<String, Object> timing = timing(micros);
        timing.put("prepare", timing(prepareMicros));
        if (json) {
            Map<String, Object> doc = document(items, results, agreement);
            doc.put("timing", timing);
            Json.print(out(), doc);
        } else {
            print(out(), items, results, agreement);
            out().printf(Locale.ROOT, "%ntiming: %s%n", timing);
            out().flush();
        }
        return 0;
    }

    private List<BatchItem> items() {
        if (batch != null) {
            if (questionKey != null || answer != null) {
                throw new UsageException("give either --batch FILE or --question-key KEY --answer TEXT, not both");
            }
            try {
                return BatchFile.read(batch);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (questionKey == null || answer == null) {
            throw new UsageException("give --batch FILE, or --question-key KEY with --answer TEXT");
        }
        return List.of(new BatchItem(questionKey, answer, null, null));
    }

    private String where(int i) {
        return batch == null ? "" : batch + ": item " + i + ": ";
    }

    /** The evaluator's and the keyword rubric's agreement with the labels, or null for an unlabelled batch. */
    private static Agreement[] agreement(List<BatchItem> items, Map<String, Question> questions, List<Evaluation> results) {
        if (items.stream().noneMatch(BatchItem::labelled)) {
            return null;
        }
        Agreement evaluator = new Agreement();
        Agreement keywords = new Agreement();
        RubricScorer rubric = new RubricScorer();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (item.labelled()) {
                evaluator.add(item.kind(), results.get(i).marks(), item.met());
                keywords.add(item.kind(), rubric.score(questions.get(item.questionKey()), item.answer()).marks(), item.met());
            }
        }
        return new Agreement[]{evaluator, keywords};
    }

    private static Map<String, Object> document(List<BatchItem> items, List<Evaluation> results, Agreement[] agreement) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Evaluation e = results.get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("questionKey", items.get(i).questionKey());
            r.put("score", e.score());
            r.put("source", e.source().label());
            if (e.detail() != null) {
                r.put("detail", e.detail());
            }
            r.put("criteria", e.marks().stream().map(m -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("criterion", m.criterion());
                c.put("met", m.met());
                c.put("evidence", m.evidence());
                return c;
            }).toList());
            out.add(r);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("results", out);
        if (agreement != null) {
            List<Agreement.Row> ev = agreement[0].rows();
            List<Agreement.Row> kw = agreement[1].rows();
            List<Object> kinds = new ArrayList<>();
            for (int i = 0; i < ev.size(); i++) {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("kind", ev.get(i).kind());
                k.put("criteria", ev.get(i).criteria());
                k.put("agreed", ev.get(i).agreed());
                k.put("share", round(ev.get(i).share()));
                k.put("rubricAgreed", kw.get(i).agreed());
                k.put("rubricShare", round(kw.get(i).share()));
                kinds.add(k);
            }
            doc.put("agreement", Map.of("evaluator", sourceOf(results), "baseline", "rubric", "kinds", kinds));
        }
        return doc;
    }

    private static void print(PrintWriter out, List<BatchItem> items, List<Evaluation> results, Agreement[] agreement) {
        for (int i = 0; i < items.size(); i++) {
            Evaluation e = results.get(i);
            out.printf(Locale.ROOT, "%s  score %d  (%s)%s%n", items.get(i).questionKey(), e.score(), e.source().label(),
                    e.detail() == null ? "" : ": " + e.detail());
            for (CriterionMark m : e.marks()) {
                out.printf(Locale.ROOT, "  %-6s %s%n", m.met() ? "met" : "missed", m.criterion());
                if (m.evidence() != null) {
                    out.printf(Locale.ROOT, "         %s%n", m.evidence());
                }
            }
        }
        if (agreement != null) {
            List<Agreement.Row> ev = agreement[0].rows();
            List<Agreement.Row> kw = agreement[1].rows();
            out.printf(Locale.ROOT, "%nagreement with the labels, criteria (evaluator vs keyword rubric):%n");
            out.printf(Locale.ROOT, "  %-22s %-18s %s%n", "kind", sourceOf(results), "rubric (keywords)");
            for (int i = 0; i < ev.size(); i++) {
                out.printf(Locale.ROOT, "  %-22s %-18s %s%n", ev.get(i).kind(), cell(ev.get(i)), cell(kw.get(i)));
            }
        }
        out.flush();
    }

    private static String cell(Agreement.Row r) {
        return String.format(Locale.ROOT, "%d/%d  %.2f", r.agreed(), r.criteria(), r.share());
    }

    /**
     * Milliseconds per answer (its question already prepared), the first apart: it warms the model.
     * "prepare" is the same for the questions (the first loads the model, about a second).
     * Measured here, with the real chain, so that the figure a user reads is the one they get.
     */
    private static Map<String, Object> timing(long[] micros) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("answers", micros.length);
        t.put("firstMs", micros.length == 0 ? 0 : round(micros[0] / 1000.0));
        long[] rest = micros.length < 2 ? new long[0] : java.util.Arrays.copyOfRange(micros, 1, micros.length);
        java.util.Arrays.sort(rest);
        t.put("p50Ms", rest.length == 0 ? 0 : round(rest[(rest.length - 1) / 2] / 1000.0));
        t.put("p99Ms", rest.length == 0 ? 0 : round(rest[(int) Math.ceil(rest.length * 0.99) - 1] / 1000.0));
        t.put("maxMs", rest.length == 0 ? 0 : round(rest[rest.length - 1] / 1000.0));
        return t;
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /** The source most answers came from ("semantic" normally), to head the agreement column. */
    private static String sourceOf(List<Evaluation> results) {
        Map<String, Long> counts = new HashMap<>();
        results.forEach(e -> counts.merge(e.source().label(), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("evaluator");
    }
}
