package com.interviewiq.engine.data;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.testing.TestEngines;
import com.interviewiq.engine.transfer.ImportFormat;
import com.interviewiq.engine.transfer.ImportReport;
import com.interviewiq.engine.transfer.QuestionFileReader;
import com.interviewiq.engine.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both importers fed many randomly damaged files (truncations, byte flips, wrong types, deep
 * nesting, huge fields, control characters): each is either taken whole or refused with
 * sentences that name what and where, never an internal message, never a partial import.
 */
class DamagedImportsTest {
    private static final long SEED = 20261202L;
    private static final int FILES_PER_KIND = 30;

    @TempDir
    Path temp;

    /** One way of damaging a file, named for the report. */
    private record Damage(String name, Function<byte[], byte[]> apply) {
    }

    private static List<Damage> damages(Random random) {
        List<Damage> out = new ArrayList<>();
        out.add(new Damage("truncated", b -> java.util.Arrays.copyOf(b, random.nextInt(Math.max(1, b.length))))); 
        out.add(new Damage("byte flipped", b -> {
            byte[] c = b.clone();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return c;
        }));
        out.add(new Damage("wrong type", b -> replaceOnce(b, random, List.of(
                new String[] {"\"difficulty\":", "\"difficulty\":\"hard\",\"x\":"},
                new String[] {"\"seq\":", "\"seq\":[1],\"x\":"},
                new String[] {"\"skipped\":", "\"skipped\":\"no\",\"x\":"},
                new String[] {"\"rubric\":", "\"rubric\":{},\"x\":"},
                new String[] {"\"tags\":", "\"tags\":7,\"x\":"}))));
        out.add(new Damage("deep nesting", b -> ("{\"format\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                .getBytes(StandardCharsets.UTF_8)));
        out.add(new Damage("huge field", b -> replaceOnce(b, random, List.<String[]>of(
                new String[] {"\"title\":\"", "\"title\":\"" + "x".repeat(300_000)},
                new String[] {"\"candidate\":\"", "\"candidate\":\"" + "y".repeat(300_000)}))));
        out.add(new Damage("control character", b -> replaceOnce(b, random, List.<String[]>of(
                new String[] {"\"title\":\"", "\"title\":\"\\u0000"},
                new String[] {"\"prompt\":\"", "\"prompt\":\"\\u0007"},
                new String[] {"\"candidate\":\"", "\"candidate\":\"\\u001b"},
                new String[] {"\"overrideNote\":\"", "\"overrideNote\":\"\\u0000"}))));
        return out;
    }

    /** Replaces one occurrence (chosen at random among those present) of one of the patterns. */
    private static byte[] replaceOnce(byte[] bytes, Random random, List<String[]> patterns) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String[]> present = patterns.stream().filter(p -> text.contains(p[0])).toList();
        if (present.isEmpty()) {
            return bytes;
        }
        String[] p = present.get(random.nextInt(present.size()));
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(p[0]); i >= 0; i = text.indexOf(p[0], i + 1)) {
            at.add(i);
        }
        int i = at.get(random.nextInt(at.size()));
        return (text.substring(0, i) + p[1] + text.substring(i + p[0].length())).getBytes(StandardCharsets.UTF_8);
    }

    private static long rows(Engine engine) {
        return join(engine.database().inTransaction(tx -> tx.queryOne(Sql.of("SELECT (SELECT COUNT(*) FROM questions) "
                + "+ (SELECT COUNT(*) FROM interview_sessions) + (SELECT COUNT(*) FROM answers) AS c"), r -> r.getLong("c"))));
    }

    private static void emptyAgain(Engine engine) {
        join(engine.database().inTransaction(tx -> tx.update(Sql.of("DELETE FROM answers"))
                .thenCompose(x -> tx.update(Sql.of("DELETE FROM interview_sessions")))
                .thenCompose(x -> tx.update(Sql.of("DELETE FROM question_tags")))
                .thenCompose(x -> tx.update(Sql.of("DELETE FROM questions")))));
    }

    /** A sentence for a user: no exception names, stack traces, Java internals or SQL. */
    private static void assertClear(String message, String what) {
        assertThat(message).as(what).isNotBlank()
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("Cannot invoke")
                .doesNotContain("INSERT").doesNotContain("SELECT").doesNotContain("\tat ").doesNotContain("format 'null'");
    }

    @Test
    void damagedQuestionFilesAreTakenWholeOrRefusedClearly() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("..", "resources", "samples", "sample-questions.json"));
        Random random = new Random(SEED);
        List<Damage> kinds = damages(random);
        try (Engine engine = Engine.start(TestEngines.settings(temp.resolve("q"), null, Mode.SYNC, Map.of()))) {
            for (int n = 0; n < FILES_PER_KIND * kinds.size(); n++) {
                Damage d = kinds.get(n % kinds.size());
                byte[] damaged = d.apply().apply(json);
                String what = "question file " + n + " (" + d.name() + ")";
                ImportReport report;
                try {
                    report = join(engine.transfer().importRows(QuestionFileReader.parse(damaged, ImportFormat.JSON, "bank.json"),
                            false, false, (x, y) -> { }));
                } catch (RuntimeException e) {
                    Throwable cause = com.interviewiq.engine.db.Failures.unwrap(e);
                    assertThat(cause).as(what).isInstanceOf(com.interviewiq.engine.transfer.ImportFileException.class);
                    assertClear(cause.getMessage(), what);
                    assertThat(rows(engine)).as(what + ": nothing stored").isZero();
                    continue;
                }
                if (!report.errors().isEmpty()) {
                    for (FieldError e : report.errors()) {
                        assertClear(e.toString(), what);
                    }
                    assertThat(rows(engine)).as(what + ": nothing stored").isZero();
                } else {
                    assertThat(rows(engine)).as(what + ": taken whole").isEqualTo(report.imported());
                    emptyAgain(engine);
                }
            }
        }
    }

    @Test
    void damagedArchivesAreTakenWholeOrRefusedClearly() throws Exception {
        Path archive = temp.resolve("all.json");
        long total;
        try (Engine laptop = Engine.start(TestEngines.settings(temp.resolve("laptop"), null, Mode.SYNC, Map.of()))) {
            join(laptop.transfer().importSampleBank());
            join(laptop.simulator().run(new SimulationOptions(6, 2, 3, List.of(), null, 9), (d, t) -> { }));
            join(laptop.sessions().override(join(laptop.sessions().answers(1)).getFirst().id(), 50, "a note"));
            laptop.archiveExport().write(archive, (d, t) -> { });
            total = rows(laptop);
        }
        byte[] bytes = Files.readAllBytes(archive);
        Random random = new Random(SEED + 1);
        List<Damage> kinds = damages(random);
        try (Engine engine = Engine.start(TestEngines.settings(temp.resolve("a"), null, Mode.ASYNC, Map.of()))) {
            for (int n = 0; n < FILES_PER_KIND * kinds.size(); n++) {
                Damage d = kinds.get(n % kinds.size());
                Path file = Files.write(temp.resolve("damaged.json"), d.apply().apply(bytes));
                String what = "archive " + n + " (" + d.name() + ")";
                try {
                    join(engine.archiveImport().run(file, false, false, (x, y) -> { }));
                    assertThat(rows(engine)).as(what + ": taken whole").isEqualTo(total);
                    emptyAgain(engine);
                } catch (RuntimeException e) {
                    Throwable cause = com.interviewiq.engine.db.Failures.unwrap(e);
                    assertThat(cause).as(what + ": " + cause).isInstanceOf(DataException.class);
                    assertClear(cause.getMessage().replace(file.toString(), "FILE"), what);
                    assertThat(cause.getMessage()).as(what).endsWith("nothing was imported");
                    assertThat(rows(engine)).as(what + ": nothing stored").isZero();
                }
            }
        }
    }

    /** Found in use: a NUL in a CSV field was stored by H2 and refused by PostgreSQL's driver with the SQL text. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("com.interviewiq.engine.testing.Backend#parity")
    void aNulInACsvFieldIsRefusedOnEveryBackendNamingRowAndField(com.interviewiq.engine.testing.Backend backend) {
        String csv = "key,category,difficulty,title,prompt,tags,time_limit_seconds,status,rubric\n"
                + "nul-1,SQL,2,Fine title,\"A prompt with a \0 inside\",,,,"
                + "\"[{\"\"criterion\"\":\"\"c\"\",\"\"weight\"\":1,\"\"keywords\"\":[\"\"k\"\"]}]\"\n";
        try (var s = com.interviewiq.engine.testing.Services.over(backend.openFresh(temp, com.interviewiq.engine.testing.Backend.SMALL_POOL),
                java.time.Clock.systemUTC())) {
            ImportReport r = join(s.transfer().importRows(QuestionFileReader.parse(csv.getBytes(StandardCharsets.UTF_8),
                    ImportFormat.CSV, "bank.csv"), false, false, (x, y) -> { }));
            assertThat(r.errors()).extracting(FieldError::toString)
                    .containsExactly("row 2: prompt: contains a control character (only tab and newline are allowed in text)");
            assertThat(join(s.questions().count())).isZero();
        }
    }
}
