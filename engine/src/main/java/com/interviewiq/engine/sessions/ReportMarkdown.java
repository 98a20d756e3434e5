package com.interviewiq.engine.sessions;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a report as Markdown for sharing (interviewiq sessions report ID --markdown). */
public final class ReportMarkdown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportMarkdown() {
    }

    public static String render(SessionReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Interview report: ").append(r.candidate()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Session | #").append(r.sessionId()).append(" |\n");
        md.append("| Interviewer | ").append(cell(r.interviewer())).append(" |\n");
        md.append("| Status | ").append(r.status()).append(r.stopReason() == null ? "" : " (" + r.stopReason() + ")").append(" |\n");
        if (r.startedAt() != null) {
            md.append("| Started | ").append(TIME.format(r.startedAt())).append(" |\n");
        }
        md.append("| Interview time | ").append(r.activeSeconds() / 60).append(" min ").append(r.activeSeconds() % 60).append(" s |\n");
        md.append("| Questions | ").append(r.answered()).append(" asked, ").append(r.skipped()).append(" skipped, ")
                .append(r.overridden()).append(" score(s) overridden |\n");
        md.append("| **Overall score** | **").append(r.overallScore() == null ? "–" : fmt(r.overallScore())).append(" / 100** |\n\n");

        md.append("## Strengths\n\n").append(list(r.strengths(), "No category averaged 70 or more.")).append('\n');
        md.append("## Gaps\n\n").append(list(r.gaps(), "No category averaged below 50.")).append('\n');

        md.append("## By category\n\n| Category | Questions | Average |\n|---|---:|---:|\n");
        r.byCategory().forEach(g -> md.append("| ").append(cell(g.group())).append(" | ").append(g.answered())
                .append(" | ").append(fmt(g.averageScore())).append(" |\n"));
        md.append("\n## By difficulty\n\n| Difficulty | Questions | Average |\n|---|---:|---:|\n");
        r.byDifficulty().forEach(g -> md.append("| ").append(g.group()).append(" | ").append(g.answered())
                .append(" | ").append(fmt(g.averageScore())).append(" |\n"));

        md.append("\n## Timeline\n\n| # | Question | Category | Difficulty | Time | Score | Override | Source | Missed points |\n")
                .append("|---:|---|---|---:|---:|---:|---|---|---|\n");
        for (SessionReport.TimelineEntry t : r.timeline()) {
            md.append("| ").append(t.seq()).append(" | ").append(cell(t.questionTitle())).append(" | ").append(cell(t.category())).append(" | ").append(t.difficulty())
                    .append(" | ").append(t.timeTakenSeconds()).append(" s | ")
                    .append(t.skipped() ? "skipped" : String.valueOf(t.score())).append(" | ")
                    .append(t.overrideScore() == null ? "" : t.overrideScore()
                            + (t.overrideNote() == null ? "" : " – " + cell(t.overrideNote()))
                            + (t.overrideBy() == null ? "" : " (" + cell(t.overrideBy()) + ")"))
                    .append(" | ").append(t.evaluatorSource() == null ? "" : t.evaluatorSource())
                    .append(t.evaluatorDetail() == null ? "" : ": " + cell(t.evaluatorDetail())).append(" | ")
                    .append(cell(String.join("; ", t.missed()))).append(" |\n");
        }
        return md.toString();
    }

    private static String list(java.util.List<String> items, String none) {
        if (items.isEmpty()) {
            return "_" + none + "_\n";
        }
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append("- ").append(i).append('\n'));
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
