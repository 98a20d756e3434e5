package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.transfer.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code interviewiq sessions export} against a laptop data dir: filters, both formats, stdout or a 0600 file, bad input named. */
class SessionsExportCliTest {
    @TempDir
    Path temp;
    private long answers;

    private Cli cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = temp.resolve("home").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private Cli ok(String... args) {
        Cli r = cli(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.out() + r.err()).isZero();
        return r;
    }

    @BeforeEach
    void twentyInterviews() throws Exception {
        ok("questions", "import", Path.of("..", "resources", "samples", "sample-questions.json").toString());
        ok("simulate", "--sessions", "20", "--concurrency", "4");
        JsonNode list = JsonSupport.mapper().readTree(ok("sessions", "list", "--json").out());
        assertThat(list).hasSize(20);
        for (JsonNode s : list) {
            answers += s.get("answered").asLong();
        }
    }

    private static List<List<String>> rows(String csv) {
        List<Csv.Record> r = Csv.parse(csv);
        assertThat(r.getFirst().fields()).startsWith("sessionId", "candidate", "interviewer").endsWith("evaluatorDetail");
        List<List<String>> out = new ArrayList<>();
        r.subList(1, r.size()).forEach(x -> out.add(x.fields()));
        return out;
    }

    @Test
    void everyAnswerGoesToStdoutOrToAPrivateFile() throws Exception {
        Cli all = ok("sessions", "export", "--format", "csv");
        List<List<String>> rows = rows(all.out());
        assertThat(rows).hasSize((int) answers);
        assertThat(rows.stream().map(r -> r.getFirst()).distinct()).hasSize(20);

        Path file = temp.resolve("out").resolve("answers.csv");
        Cli toFile = ok("sessions", "export", "--format", "csv", "-o", file.toString());
        assertThat(toFile.out()).as("stdout stays empty for a file").isEmpty();
        assertThat(toFile.err()).contains("Exported " + answers + " answer(s) of 20 session(s) to " + file.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(all.out());
    }

    @Test
    void candidateAndDatesSelectTheSessions() throws Exception {
        JsonNode ones = JsonSupport.mapper().readTree(ok("sessions", "export", "--candidate", "candidate 1", "--format", "json").out());
        Set<String> names = new TreeSet<>();
        ones.forEach(a -> names.add(a.get("candidate").asText()));
        // the simulator names them Candidate 0..19: "candidate 1" is part of 1 and 10..19
        assertThat(names).hasSize(11).allSatisfy(n -> assertThat(n).startsWith("Candidate 1"));
        assertThat(ones.get(0).has("evaluatorDetail")).isTrue();

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(rows(ok("sessions", "export", "--format", "csv", "--from", today.toString(), "--to", today.toString()).out()))
                .as("--to is inclusive: today's sessions are all in").hasSize((int) answers);
        assertThat(rows(ok("sessions", "export", "--format", "csv", "--from", today.plusDays(1).toString()).out())).isEmpty();
        assertThat(rows(ok("sessions", "export", "--format", "csv", "--to", today.minusDays(1).toString()).out())).isEmpty();
        assertThat(rows(ok("sessions", "export", "--format", "csv", "--from", "2020-01-01T00:00:00Z").out())).hasSize((int) answers);
    }

    @Test
    void badValuesAreNamed() {
        Cli date = cli("sessions", "export", "--format", "csv", "--from", "yesterday");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--from must be a date such as 2026-11-30 or an instant such as 2026-11-30T09:00:00Z, got 'yesterday'");
        Cli format = cli("sessions", "export", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be csv or json, got 'xml'");
        Cli reversed = cli("sessions", "export", "--format", "json", "--from", "2026-02-01", "--to", "2026-01-01");
        assertThat(reversed.exitCode()).isEqualTo(2);
        assertThat(reversed.err()).contains("--to must not be before --from");
        Cli missing = cli("sessions", "export");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--format");
        assertThat(ok("sessions", "export", "--help").out()).contains("leading '").contains("0600");
    }
}
