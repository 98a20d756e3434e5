package com.interviewiq.engine.export;

import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.ManySessions;
import com.interviewiq.engine.testing.ManySessions.Made;
import com.interviewiq.engine.transfer.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** 20,000 sessions (about 30,000 answers) exported page by page on an H2 file: every answer once, in order. */
class AnswerExportLargeTest {
    @TempDir
    Path temp;

    @Test
    void everyAnswerOfTwentyThousandSessionsIsWrittenOnce() throws Exception {
        Backend h2 = Backend.parity().findFirst().orElseThrow();
        try (Database db = h2.openFresh(temp, Backend.SMALL_POOL)) {
            List<Made> made = ManySessions.insert(db, 20_000, Instant.parse("2026-10-01T00:00:00Z"));
            long answers = made.stream().mapToLong(Made::answered).sum();
            List<long[]> progress = new ArrayList<>();
            Path file = temp.resolve("all.csv");
            long t0 = System.nanoTime();
            AnswerExport.Summary summary = new AnswerExport(db).writeFile(new SessionFilter(null, null, null, null, null, 0, 1),
                    AnswerFormat.CSV, file, (d, t) -> progress.add(new long[] {d, t}));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "[export] %s: %,d answers of %,d sessions, %,d bytes in %d ms%n", h2,
                    summary.answers(), summary.sessions(), Files.size(file), ms);
            assertThat(summary).isEqualTo(new AnswerExport.Summary(20_000, answers));
            assertThat(progress).hasSize(20_000 / AnswerExport.SESSION_PAGE + 1);
            assertThat(progress.getLast()).containsExactly(20_000, 20_000);

            List<Csv.Record> rows = Csv.parse(Files.readString(file));
            assertThat(rows).hasSize((int) answers + 1);
            List<Long> sessionIds = rows.subList(1, rows.size()).stream().map(r -> Long.parseLong(r.fields().getFirst())).toList();
            assertThat(sessionIds).isSorted();
            assertThat(sessionIds.stream().distinct().count()).isEqualTo(made.stream().filter(m -> m.answered() > 0).count());
        }
    }
}
