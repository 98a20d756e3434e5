package com.interviewiq.engine.transfer;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.validation.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On {H2, PostgreSQL} x {sync, async}: the service code is written once, so every behaviour holds on each. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("com.interviewiq.engine.testing.Backend#parity")
class ImportExportTest {
    @org.junit.jupiter.params.Parameter
    Backend backend;

    @TempDir
    Path temp;
    private Services s;

    @BeforeEach
    void open() {
        s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL), new TestClock(Instant.parse("2026-11-27T09:00:00Z")));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private ImportReport importJson(String json, boolean update, boolean dryRun) {
        return join(s.transfer().importRows(QuestionFileReader.parse(json.getBytes(StandardCharsets.UTF_8),
                ImportFormat.JSON, "test.json"), update, dryRun, Progress.NONE));
    }

    private ImportReport importCsv(String csv) {
        return join(s.transfer().importRows(QuestionFileReader.parse(csv.getBytes(StandardCharsets.UTF_8),
                ImportFormat.CSV, "test.csv"), false, false, Progress.NONE));
    }

    private static String q(String key, String extra) {
        return """
                {"key": "%s", "category": "SQL", "difficulty": 3, "title": "T %s", "prompt": "P %s",
                 "tags": ["joins"], "rubric": [{"criterion": "c", "weight": 2, "keywords": ["inner join"]}]%s}"""
                .formatted(key, key, key, extra);
    }

    private static String file(String... questions) {
        return "{\"format\": \"interviewiq-questions/1\", \"questions\": [" + String.join(",", questions) + "]}";
    }

    @Test
    void theSampleBankImportsWhole() {
        ImportReport r = join(s.transfer().importSampleBank());
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.imported()).isGreaterThanOrEqualTo(150);
        assertThat(join(s.questions().categories())).hasSizeGreaterThanOrEqualTo(6);
        ImportReport again = join(s.transfer().importSampleBank());
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(r.imported());
    }

    @Test
    void oneBadRowRejectsTheFileAndReportsEveryProblem() {
        // a repeated JSON field: the last value counts, as in every JSON parser
        ImportReport r = importJson(file(q("good-1", ""), q("bad-1", ", \"difficulty\": 9"), q("good-2", ""),
                q("bad-2", ", \"timeLimitSeconds\": 5, \"status\": \"final\"")), false, false);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(FieldError::row).contains("questions[1]", "questions[3]");
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString()).contains("questions[1]: difficulty: must be 1..5"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString()).contains("questions[3]: status"));
        assertThat(join(s.questions().count())).as("nothing written").isZero();
    }

    @Test
    void everyRuleIsCheckedOnImportToo() {
        String bad = file(
                q("r1", "").replace("\"title\": \"T r1\"", "\"title\": \"" + "x".repeat(201) + "\""),
                q("r2", "").replace("\"weight\": 2", "\"weight\": 11"),
                q("r3", "").replace("\"keywords\": [\"inner join\"]", "\"keywords\": []"),
                q("r4", "").replace("\"category\": \"SQL\"", "\"category\": \"\""),
                q("r5", "").replace("\"difficulty\": 3", "\"difficulty\": \"three\""),
                q("r1", ""));
        ImportReport r = importJson(bad, false, false);
        assertThat(r.errors()).extracting(FieldError::toString).anyMatch(e -> e.startsWith("questions[0]: title"))
                .anyMatch(e -> e.startsWith("questions[1]: rubric[0].weight"))
                .anyMatch(e -> e.startsWith("questions[2]: rubric[0].keywords"))
                .anyMatch(e -> e.startsWith("questions[3]: category"))
                .anyMatch(e -> e.startsWith("questions[4]: difficulty: must be a whole number"))
                .anyMatch(e -> e.startsWith("questions[5]: key: repeats the key 'r1' of questions[0]"));
        assertThat(join(s.questions().count())).isZero();
    }

    @Test
    void exampleAnswersAreCheckedOnImportAndKept() {
        String six = "\"examples\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]";
        ImportReport bad = importJson(file(
                q("e2", "").replace("\"keywords\": [\"inner join\"]", "\"keywords\": [\"inner join\"], " + six),
                q("e3", "").replace("\"keywords\": [\"inner join\"]",
                        "\"keywords\": [\"inner join\"], \"examples\": [\"" + "x".repeat(301) + "\"]"),
                q("e4", "").replace("\"keywords\": [\"inner join\"]", "\"keywords\": [\"inner join\"], \"examples\": \"one\"")),
                false, false);
        assertThat(bad.errors()).extracting(FieldError::toString)
                .anyMatch(e -> e.startsWith("questions[0]: rubric[0].examples: at most 5 example answers, got 6"))
                .anyMatch(e -> e.startsWith("questions[1]: rubric[0].examples[0]: must be at most 300 characters"))
                .anyMatch(e -> e.startsWith("questions[2]: rubric[0].examples: must be an array of text"));
        assertThat(join(s.questions().count())).as("nothing written").isZero();

        ImportReport good = importJson(file(q("e5", "").replace("\"keywords\": [\"inner join\"]",
                "\"keywords\": [\"inner join\"], \"examples\": [\"  Rows match on both sides.  \", \" \"]")), false, false);
        assertThat(good.ok()).as(good.errors().toString()).isTrue();
        Question stored = join(s.questions().search(QuestionQuery.all())).items().getFirst();
        assertThat(stored.rubric().getFirst().examples()).as("trimmed, blanks dropped, stored, read back").containsExactly("Rows match on both sides.");
    }

    @Test
    void existingKeysAreSkippedOrUpdatedAndDryRunWritesNothing() {
        assertThat(importJson(file(q("a", ""), q("b", "")), false, true).imported()).isEqualTo(2);
        assertThat(join(s.questions().count())).isZero();
        assertThat(importJson(file(q("a", ""), q("b", "")), false, false).imported()).isEqualTo(2);
        ImportReport skip = importJson(file(q("a", ", \"status\": \"draft\""), q("c", "")), false, false);
        assertThat(List.of(skip.imported(), skip.updated(), skip.skipped())).containsExactly(1, 0, 1);
        assertThat(join(s.questions().findByKey("a")).orElseThrow().status().label()).isEqualTo("ready");
        ImportReport update = importJson(file(q("a", ", \"status\": \"draft\"")), true, false);
        assertThat(List.of(update.imported(), update.updated(), update.skipped())).containsExactly(0, 1, 0);
        Question a = join(s.questions().findByKey("a")).orElseThrow();
        assertThat(a.status().label()).isEqualTo("draft");
        assertThat(a.version()).isEqualTo(2);
    }

    @Test
    void csvQuotingCommasQuotesAndNewlinesRoundTrip() {
        String csv = "key,category,difficulty,title,prompt,tags,time_limit_seconds,status,rubric\r\n"
                + "csv-1,SQL,2,\"Joins, explained\",\"Say \"\"why\"\",\nthen how.\",joins;sql,120,ready,"
                + "\"[{\"\"criterion\"\": \"\"Inner, outer\"\", \"\"weight\"\": 3, \"\"keywords\"\": [\"\"inner join\"\"]}]\"\r\n"
                + "csv-2,Java,1,Plain,Plain prompt,,,,\"[{\"\"criterion\"\":\"\"c\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"k\"\"]}]\"\n";
        ImportReport r = importCsv(csv);
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        Question q1 = join(s.questions().findByKey("csv-1")).orElseThrow();
        assertThat(q1.title()).isEqualTo("Joins, explained");
        assertThat(q1.prompt()).isEqualTo("Say \"why\",\nthen how.");
        assertThat(q1.tags()).containsExactly("joins", "sql");
        assertThat(q1.rubric().getFirst().criterion()).isEqualTo("Inner, outer");
        Question q2 = join(s.questions().findByKey("csv-2")).orElseThrow();
        assertThat(q2.timeLimitSeconds()).isEqualTo(300);
        assertThat(q2.status().label()).isEqualTo("ready");
    }

    @Test
    void csvErrorsNameTheRowNumber() {
        String csv = "key,category,difficulty,title,prompt,tags,time_limit_seconds,status,rubric\n"
                + "ok-1,SQL,2,T,\"multi\nline\",,,,\"[{\"\"criterion\"\":\"\"c\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"k\"\"]}]\"\n"
                + "bad-1,SQL,x,T,P,,,,not json\n";
        ImportReport r = importCsv(csv);
        assertThat(r.errors()).extracting(FieldError::toString)
                .contains("row 4: difficulty: must be a whole number, got 'x'")
                .anyMatch(e -> e.startsWith("row 4: rubric: must be a JSON array"));
        assertThat(join(s.questions().count())).isZero();
    }

    @Test
    void exportThenImportIsLosslessInJsonAndCsv() {
        join(s.transfer().importSampleBank());
        List<Question> original = join(s.questions().search(QuestionQuery.all())).items();
        for (ImportFormat format : ImportFormat.values()) {
            String exported = join(s.transfer().export(format, QuestionQuery.all()));
            try (Services other = Services.over(backend.openFresh(temp, Backend.SMALL_POOL),
                    s.clock())) {
                ImportReport r = join(other.transfer().importRows(QuestionFileReader.parse(
                        exported.getBytes(StandardCharsets.UTF_8), format, "export"), false, false, Progress.NONE));
                assertThat(r.ok()).as(format + " " + r.errors()).isTrue();
                List<Question> back = join(other.questions().search(QuestionQuery.all())).items();
                assertThat(back).extracting(Question::toDraft).as(format.name())
                        .containsExactlyElementsOf(original.stream().map(Question::toDraft).toList());
            }
        }
    }

    @Test
    void wholeFileProblemsAreOneClearError() throws Exception {
        assertThatThrownBy(() -> QuestionFileReader.parse("{\"format\": \"interviewiq-questions/2\", \"questions\": []}"
                .getBytes(StandardCharsets.UTF_8), ImportFormat.JSON, "v2.json"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("interviewiq-questions/2")
                .hasMessageContaining("expected \"interviewiq-questions/1\"");
        byte[] latin1 = file(q("caf\u00e9", "")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> QuestionFileReader.parse(latin1, ImportFormat.JSON, "latin1.json"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("not UTF-8");
        Path huge = temp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(QuestionFileReader.MAX_BYTES + 1); // sparse: no 50 MB written
        }
        assertThatThrownBy(() -> QuestionFileReader.read(huge, ImportFormat.JSON))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("limit is 50 MB");
        Files.writeString(temp.resolve("bad.csv"), "key,category\nx,y\n");
        assertThatThrownBy(() -> QuestionFileReader.read(temp.resolve("bad.csv"), ImportFormat.CSV))
                .hasMessageContaining("expected key,category,difficulty");
    }
}
