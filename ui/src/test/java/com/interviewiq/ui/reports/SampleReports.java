package com.interviewiq.ui.reports;

import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionReport.GroupScore;
import com.interviewiq.engine.sessions.SessionReport.TimelineEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reports as the engine makes them, with names in several scripts and long text to wrap. */
public final class SampleReports {
    public static final List<String> TITLES = List.of(
            "Explain the difference between INNER JOIN and LEFT JOIN",
            "Design a rate limiter for a public API that serves millions of requests per minute across several regions",
            "山田 太郎さんのチームでのインデックス設計",
            "Дмитрий: транзакции и уровни изоляции",
            "Zoë's question: idempotent retries in Ångström's payment service",
            "What does the JVM's garbage collector do when the old generation is full?");

    private SampleReports() {
    }

    /** A finished interview with {@code repeat} rounds of the sample titles in its timeline. */
    public static SessionReport report(String candidate, String interviewer, int repeat) {
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        List<TimelineEntry> timeline = new ArrayList<>();
        String[] categories = {"SQL", "System design", "データベース", "Базы данных", "Distributed systems", "Java"};
        int seq = 1;
        for (int round = 0; round < repeat; round++) {
            for (int i = 0; i < TITLES.size(); i++, seq++) {
                boolean skipped = i == 5 && round == 0;
                Integer score = skipped ? null : 40 + (seq * 17) % 60;
                boolean overridden = i == 1 || i == 3;
                timeline.add(new TimelineEntry(seq, start.plusSeconds(seq * 240L), categories[i], 1 + i % 5, 100 + seq,
                        TITLES.get(i), skipped, 95 + seq * 7L, score, overridden ? score + 10 : null,
                        overridden ? "The candidate reasoned well about trade-offs the rubric does not list: back-pressure, "
                                + "token buckets per tenant and what to tell the client when a region is down. Über gut." : null,
                        overridden ? "Ana Müller" : null, overridden ? start.plusSeconds(seq * 240L + 60) : null,
                        skipped ? null : i == 4 ? "remote-fallback" : "remote",
                        i == 4 ? "the remote evaluator did not answer within 30 s; the rubric scored it" : null,
                        i == 0 ? List.of("NULL handling", "outer join on several tables") : List.of()));
            }
        }
        return new SessionReport(42, candidate, interviewer, "completed", null, start, start.plusSeconds(3_700),
                3_540, timeline.size(), 1, 2, 72.5,
                List.of(new GroupScore("SQL", 3, 81.0), new GroupScore("System design", 2, 64.5),
                        new GroupScore("データベース", 1, 58.0), new GroupScore("Базы данных", 2, 77.0),
                        new GroupScore("Distributed systems", 1, 49.0), new GroupScore("Java", 1, 90.0)),
                List.of(new GroupScore("difficulty 1", 2, 88.0), new GroupScore("difficulty 2", 3, 74.0),
                        new GroupScore("difficulty 3", 2, 66.0), new GroupScore("difficulty 4", 1, 52.0),
                        new GroupScore("difficulty 5", 1, 41.0)),
                timeline,
                List.of("SQL (81.0)", "Java (90.0): clear explanation of generational collection and when a full GC happens"),
                List.of("Distributed systems (49.0)", "System design (64.5): missed back-pressure and regional failover"));
    }
}
