package com.interviewiq.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SubmittedAnswer;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.transfer.Csv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk export on every backend of the parity matrix: the filters select the right answers,
 * CSV survives commas, quotes, line breaks and accents and defuses formulas, JSON parses back,
 * files are 0600.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.interviewiq.engine.testing.Backend#parity")
class AnswerExportTest {
    static final String ZOE = "Zoë \"Zed\" O'Brien, Jr.";
    static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"click\")";
    static final String NOTE = "line one\nline two, with \"quotes\"";
    static final String DETAIL = "remote timed out after 30 s, \"rubric\" used";
    static final Instant DAY1 = Instant.parse("2026-11-27T09:00:00Z");

    @Parameter
    Backend backend;
    @TempDir
    Path temp;
    private Services s;
    private TestClock clock;
    private AnswerExport export;
    private List<SubmittedAnswer> zoe;

    @BeforeEach
    void open() {
        clock = new TestClock(DAY1);
        s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL), clock);
        export = new AnswerExport(s.db());
        for (int d = 1; d <= 5; d++) {
            for (int i = 0; i < 2; i++) {
                join(s.questions().create(Drafts.valid("sql-" + d + "-" + i, "SQL", d)));
            }
        }
        zoe = interview(ZOE, "Émile Zola", 2);
        join(s.sessions().override(zoe.getFirst().answer().id(), 88, NOTE));
        clock.advance(Duration.ofDays(1));
        List<SubmittedAnswer> formula = interview(FORMULA, "+Grace", 1);
        // what the remote evaluator's fallback records (V3); set here, the tests run the rubric only
        join(s.db().inTransaction(tx -> tx.update(Sql.of("UPDATE answers SET evaluator_detail = ? WHERE id = ?",
                DETAIL, formula.getFirst().answer().id()))));
        join(s.sessions().override(formula.getFirst().answer().id(), 10, "-5 points; @mention"));
        clock.advance(Duration.ofDays(1));
        interview("Ada Lovelace", "Grace", 1);
        join(s.sessions().create(new NewSession("Ada Byron", "Grace", List.of("SQL"), 1, null)));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<SubmittedAnswer> interview(String candidate, String interviewer, int questions) {
        InterviewSession x = join(s.sessions().create(new NewSession(candidate, interviewer, List.of("SQL"), questions, null)));
        join(s.sessions().start(x.id()));
        List<SubmittedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            NextStep step = join(s.sessions().next(x.id()));
            clock.advance(Duration.ofSeconds(30));
            answers.add(join(s.sessions().submit(x.id(), step.question().id(), "an answer, with a comma", 30_000)));
        }
        assertThat(join(s.sessions().next(x.id())).finished()).isTrue();
        return answers;
    }

    private static SessionFilter filter(String candidate, Instant from, Instant to) {
        return new SessionFilter(candidate, null, from, to, null, 0, 1);
    }

    private String csv(SessionFilter f) {
        StringWriter out = new StringWriter();
        export.write(f, AnswerFormat.CSV, out, (d, t) -> { });
        return out.toString();
    }

    @Test
    void csvRoundTripsAwkwardTextAndDefusesFormulas() {
        List<Csv.Record> records = Csv.parse(csv(filter(null, null, null)));
        assertThat(records.getFirst().fields()).containsExactlyElementsOf(CsvAnswers.HEADER);
        List<List<String>> rows = records.subList(1, records.size()).stream().map(Csv.Record::fields).toList();
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(CsvAnswers.HEADER.size()));

        List<String> zoe = rows.getFirst();
        String recorded = this.zoe.getFirst().answer().evaluatorDetail();
        assertThat(zoe.get(1)).isEqualTo(ZOE);
        assertThat(zoe.get(2)).isEqualTo("Émile Zola");
        assertThat(zoe.get(3)).isEqualTo(DAY1.toString());
        assertThat(zoe.get(12)).isEqualTo("88");
        assertThat(zoe.get(13)).isEqualTo(NOTE);
        assertThat(zoe.get(14)).isEqualTo("rubric");
        assertThat(recorded).as("the rubric-only evaluator says why").isNotBlank();
        assertThat(zoe.get(15)).isEqualTo(recorded);
        assertThat(rows.get(1).get(13)).as("the second answer has no override").isEmpty();

        List<String> formula = rows.get(2);
        assertThat(formula.get(1)).isEqualTo("'" + FORMULA);
        assertThat(formula.get(2)).isEqualTo("'+Grace");
        assertThat(formula.get(13)).isEqualTo("'-5 points; @mention");
        assertThat(formula.get(15)).isEqualTo(DETAIL);
        assertThat(rows.stream().map(r -> r.get(0)).distinct()).as("one session each, by id").hasSize(3).isSorted();
        assertThat(rows).allSatisfy(r -> assertThat(r.get(6)).startsWith("sql-"));
    }

    @Test
    void theFiltersSelectTheSessionsWhoseAnswersAreWritten() {
        Instant day2 = DAY1.plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        assertThat(candidates(filter("ada", null, null))).containsExactly("Ada Lovelace");
        assertThat(candidates(filter(null, day2, null))).containsExactly("'" + FORMULA, "Ada Lovelace");
        assertThat(candidates(filter(null, null, day2))).containsExactly(ZOE, ZOE);
        assertThat(candidates(filter(null, day2, day2.plus(Duration.ofDays(1))))).containsExactly("'" + FORMULA);
        assertThat(candidates(filter("nobody", null, null))).isEmpty();

        AnswerExport.Summary ada = export.write(filter("ada", null, null), AnswerFormat.CSV, new StringWriter(), (d, t) -> { });
        assertThat(ada).as("two Adas, one of them not interviewed yet").isEqualTo(new AnswerExport.Summary(2, 1));
    }

    private List<String> candidates(SessionFilter f) {
        List<Csv.Record> r = Csv.parse(csv(f));
        return r.subList(1, r.size()).stream().map(x -> x.fields().get(1)).toList();
    }

    @Test
    void jsonIsAnArrayOfCamelCaseObjectsWithTheTextUntouched() throws Exception {
        StringWriter out = new StringWriter();
        export.write(filter(null, null, null), AnswerFormat.JSON, out, (d, t) -> { });
        JsonNode all = JsonSupport.mapper().readTree(out.toString());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(4);
        JsonNode first = all.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(CsvAnswers.HEADER);
        assertThat(first.get("candidate").asText()).isEqualTo(ZOE);
        assertThat(first.get("overrideNote").asText()).isEqualTo(NOTE);
        assertThat(first.get("overrideScore").asInt()).isEqualTo(88);
        assertThat(first.get("evaluatorDetail").asText()).isEqualTo(zoe.getFirst().answer().evaluatorDetail());
        assertThat(all.get(2).get("candidate").asText()).as("JSON is not a spreadsheet: no apostrophe").isEqualTo(FORMULA);
        assertThat(all.get(1).get("overrideScore").isNull()).isTrue();
        assertThat(all.get(2).get("evaluatorDetail").asText()).isEqualTo(DETAIL);

        StringWriter none = new StringWriter();
        export.write(filter("nobody", null, null), AnswerFormat.JSON, none, (d, t) -> { });
        assertThat(JsonSupport.mapper().readTree(none.toString())).isEmpty();
    }

    @Test
    void aFileIsPrivateAndHoldsWhatTheStreamHolds() throws Exception {
        Path file = temp.resolve("out").resolve("answers.csv");
        AtomicLong lastDone = new AtomicLong();
        AnswerExport.Summary summary = export.writeFile(filter(null, null, null), AnswerFormat.CSV, file,
                (d, t) -> lastDone.set(d));
        assertThat(summary).isEqualTo(new AnswerExport.Summary(4, 4));
        assertThat(lastDone.get()).isEqualTo(4);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(csv(filter(null, null, null)));
    }
}
