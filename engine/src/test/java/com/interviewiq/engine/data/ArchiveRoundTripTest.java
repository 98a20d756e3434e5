package com.interviewiq.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.db.Sql;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.testing.TestEngines;
import com.interviewiq.engine.transfer.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portable archive: a laptop's data to the team's PostgreSQL and back, in both modes, and what it refuses. */
class ArchiveRoundTripTest {
    @TempDir
    Path temp;

    private Engine h2(String name, Mode mode) {
        return Engine.start(TestEngines.settings(temp.resolve(name), null, mode, Map.of()));
    }

    private Engine postgres(Mode mode) {
        return Engine.start(TestEngines.settings(temp.resolve("pg-home"),
                TestDatabases.postgresUrl(TestDatabases.createPostgresDatabase()), mode, Map.of()));
    }

    /** Everything a user sees, with the ids (which an import renumbers) taken out. */
    private static JsonNode visible(Engine engine) {
        ObjectNode all = JsonSupport.mapper().createObjectNode();
        var sessions = join(engine.sessions().list(new SessionFilter(null, null, null, null, null, 0, 10_000)));
        ArrayNode reports = all.putArray("reports");
        for (var s : sessions) {
            reports.add(withoutIds(JsonSupport.mapper().valueToTree(join(engine.sessions().report(s.id())))));
        }
        all.set("sessions", withoutIds(JsonSupport.mapper().valueToTree(sessions)));
        all.put("questions", join(engine.transfer().export(ImportFormat.JSON,
                new QuestionQuery(null, null, null, null, null, 0, QuestionQuery.MAX_LIMIT))));
        return all;
    }

    private static JsonNode withoutIds(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("id", "sessionId", "questionId"));
            o.forEach(ArchiveRoundTripTest::withoutIds);
        } else if (node instanceof ArrayNode a) {
            a.forEach(ArchiveRoundTripTest::withoutIds);
        }
        return node;
    }

    private static long rows(Engine engine, String table) {
        return join(engine.database().inTransaction(tx -> tx.queryOne(Sql.of("SELECT COUNT(*) AS c FROM " + table),
                r -> r.getLong("c"))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aLaptopsDataMovesToPostgreSqlAndBackUnchanged(Mode mode) throws Exception {
        Path first = temp.resolve("laptop.json");
        JsonNode original;
        try (Engine laptop = h2("laptop", mode)) {
            join(laptop.transfer().importSampleBank());
            join(laptop.simulator().run(new SimulationOptions(8, 2, 4, List.of(), null, 3), (d, t) -> { }));
            var open = join(laptop.sessions().create(new NewSession("Ada Lovelace", "Grace", List.of("SQL"), 3, 900)));
            join(laptop.sessions().start(open.id()));
            var step = join(laptop.sessions().next(open.id()));
            var answered = join(laptop.sessions().submit(open.id(), step.question().id(), "an index and a plan\twith a tab", 42_000));
            join(laptop.sessions().override(answered.answer().id(), 77, "good in the follow-up\nsecond line"));
            join(laptop.sessions().next(open.id())); // an outstanding question: the archive keeps it
            join(laptop.sessions().pause(open.id())); // (an open session's active time grows while compared)
            original = visible(laptop);
            var summary = laptop.archiveExport().write(first, (d, t) -> { });
            assertThat(summary.questions()).isEqualTo(162);
            assertThat(summary.sessions()).isEqualTo(9);
            assertThat(summary.answers()).isEqualTo(rows(laptop, "answers"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");

        Path second = temp.resolve("team.json");
        try (Engine team = postgres(mode)) {
            var dry = join(team.archiveImport().run(first, false, true, (d, t) -> { }));
            assertThat(dry.dryRun()).isTrue();
            assertThat(rows(team, "interview_sessions")).as("a dry run writes nothing").isZero();
            var report = join(team.archiveImport().run(first, false, false, (d, t) -> { }));
            assertThat(report).isEqualTo(new ArchiveImport.Report(162, 0, 0, 9, rows(team, "answers"), false));
            assertThat(visible(team)).isEqualTo(original);
            team.archiveExport().write(second, (d, t) -> { });

            var again = join(team.archiveImport().run(first, false, false, (d, t) -> { }));
            assertThat(again.questionsSkipped()).as("questions by key: already there").isEqualTo(162);
            assertThat(rows(team, "interview_sessions")).as("sessions are appended").isEqualTo(18);
        }
        try (Engine back = h2("back", mode == Mode.SYNC ? Mode.ASYNC : Mode.SYNC)) {
            join(back.archiveImport().run(second, false, false, (d, t) -> { }));
            assertThat(visible(back)).isEqualTo(original);
        }
    }

    @Test
    void aTruncatedOrForeignArchiveImportsNothing() throws Exception {
        Path archive = temp.resolve("all.json");
        try (Engine laptop = h2("laptop", Mode.SYNC)) {
            join(laptop.transfer().importSampleBank());
            join(laptop.simulator().run(new SimulationOptions(4, 1, 3, List.of(), null, 5), (d, t) -> { }));
            laptop.archiveExport().write(archive, (d, t) -> { });
        }
        String text = Files.readString(archive);
        Path truncated = Files.writeString(temp.resolve("truncated.json"), text.substring(0, text.length() * 2 / 3));
        Path future = Files.writeString(temp.resolve("future.json"), text.replace("interviewiq-archive/1", "interviewiq-archive/2"));
        Path bank = Files.writeString(temp.resolve("bank.json"), "{\"format\": \"interviewiq-questions/1\", \"questions\": []}");
        Path miscounted = Files.writeString(temp.resolve("miscounted.json"), text.replaceFirst("\"sessions\":4", "\"sessions\":5"));
        Path nul = Files.writeString(temp.resolve("nul.json"), text.replaceFirst("\"candidate\":\"Candidate 1\"",
                "\"candidate\":\"Candi\\\\u0000date\""));
        try (Engine target = h2("target", Mode.ASYNC)) {
            for (Path bad : List.of(truncated, future, bank, miscounted, nul)) {
                assertThatThrownBy(() -> join(target.archiveImport().run(bad, false, false, (d, t) -> { })))
                        .as(bad.getFileName().toString()).rootCause().isInstanceOf(DataException.class)
                        .hasMessageStartingWith(bad.toString()).hasMessageEndingWith("nothing was imported");
                assertThat(rows(target, "questions") + rows(target, "interview_sessions") + rows(target, "answers"))
                        .as("nothing from " + bad.getFileName()).isZero();
            }
            assertThatThrownBy(() -> join(target.archiveImport().run(future, false, false, (d, t) -> { }))).rootCause()
                    .hasMessageContaining("format 'interviewiq-archive/2', which this version cannot read");
            assertThatThrownBy(() -> join(target.archiveImport().run(nul, false, false, (d, t) -> { }))).rootCause()
                    .hasMessageContaining("session 1: candidate: contains a control character");
        }
    }
}
