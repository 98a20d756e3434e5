package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionReport.GroupScore;
import com.interviewiq.engine.sessions.SessionReport.TimelineEntry;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One session's report as a page: summary tiles, score charts, strengths and gaps, the timeline. */
final class ReportView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private ReportView() {
    }

    static VBox of(SessionReport r) {
        Label title = new Label(r.candidate() + " · session #" + r.sessionId());
        title.getStyleClass().add("page-title");
        title.setId("reportTitle");
        Label meta = new Label("Interviewer " + r.interviewer() + " · " + r.status().replace('_', ' ')
                + (r.stopReason() == null ? "" : " (" + r.stopReason() + ")")
                + (r.startedAt() == null ? "" : " · started " + WHEN.format(r.startedAt()))
                + (r.finishedAt() == null ? "" : " · ended " + WHEN.format(r.finishedAt())));
        meta.getStyleClass().add("page-subtitle");
        meta.setWrapText(true);
        HBox tiles = new HBox(18,
                tile("Overall", r.overallScore() == null ? "–" : String.format(Locale.ROOT, "%.1f", r.overallScore()), "reportOverall"),
                tile("Asked", String.valueOf(r.answered()), "reportAsked"),
                tile("Skipped", String.valueOf(r.skipped()), "reportSkipped"),
                tile("Overridden", String.valueOf(r.overridden()), "reportOverridden"),
                tile("Active time", clock(r.activeSeconds()), "reportTime"));
        HBox charts = new HBox(12, categoryChart(r.byCategory()),
                chart("By difficulty", r.byDifficulty(), "reportByDifficulty"));
        charts.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        HBox notes = new HBox(24, list("Strengths", r.strengths(), "reportStrengths"), list("Gaps", r.gaps(), "reportGaps"));
        Label timelineCaption = caption("Timeline: the evaluator's score and yours side by side");
        VBox page = new VBox(10, title, meta, tiles, charts, notes, timelineCaption, timeline(r.timeline()));
        page.setPadding(new Insets(4, 4, 4, 4));
        page.setId("report");
        return page;
    }

    private static VBox tile(String caption, String value, String id) {
        Label v = new Label(value);
        v.getStyleClass().add("tile-value");
        v.setId(id);
        return new VBox(2, caption(caption), v);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("tile-caption");
        return l;
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** Average score per category as horizontal bars, so category names stay readable. */
    private static Node categoryChart(List<GroupScore> groups) {
        NumberAxis x = new NumberAxis(0, 100, 25);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setTitle("By category");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(Math.max(180, 60 + 28.0 * groups.size()));
        chart.setId("reportByCategory");
        chart.setCategoryGap(8);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (GroupScore g : groups) {
            series.getData().add(new XYChart.Data<>(g.averageScore(), g.group() + " (" + g.answered() + ")"));
        }
        chart.getData().add(series);
        return chart;
    }

    /** A small bar chart of average scores, 0..100, with how many answers each bar stands for. */
    private static Node chart(String title, List<GroupScore> groups, String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 25);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(210);
        chart.setMinHeight(180);
        chart.setId(id);
        chart.setCategoryGap(18);
        x.setTickLabelRotation(0);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (GroupScore g : groups) {
            series.getData().add(new XYChart.Data<>(g.group().replace("difficulty ", "level ") + " (" + g.answered() + ")", g.averageScore()));
        }
        chart.getData().add(series);
        return chart;
    }

    private static VBox list(String caption, List<String> items, String id) {
        VBox box = new VBox(3, caption(caption));
        if (items.isEmpty()) {
            box.getChildren().add(new Label("none recorded"));
        }
        for (String s : items) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.setId(id);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** One short block per asked question: what, how long, the scores side by side, what was missed. */
    private static VBox timeline(List<TimelineEntry> entries) {
        VBox list = new VBox(6);
        list.setId("reportTimeline");
        for (TimelineEntry e : entries) {
            Label head = new Label(e.seq() + ". " + (e.questionTitle() == null ? "question " + e.questionId() : e.questionTitle()));
            head.setStyle("-fx-font-weight: bold");
            head.setWrapText(true);
            String score = e.skipped() ? "skipped" : e.score() == null ? "no score"
                    : "score " + e.score() + (e.evaluatorSource() == null ? "" : " (" + e.evaluatorSource() + ")");
            String override = e.overrideScore() == null ? ""
                    : " · your score " + e.overrideScore() + (e.overrideBy() == null ? "" : " (" + e.overrideBy() + ")")
                    + (e.overrideNote() == null ? "" : ": " + e.overrideNote());
            Label facts = new Label(e.category() + " · level " + e.difficulty() + " · took " + clock(e.timeTakenSeconds())
                    + (e.answeredAt() == null ? "" : " · at " + TIME.format(e.answeredAt())) + " · " + score + override);
            facts.setWrapText(true);
            VBox item = new VBox(1, head, facts);
            if (e.evaluatorDetail() != null && !e.evaluatorDetail().isBlank()) {
                // why no model scored it: the interviewer weighs a rubric score accordingly
                Label why = new Label("Evaluator: " + e.evaluatorDetail());
                why.setWrapText(true);
                why.getStyleClass().add("report-evaluator-detail");
                item.getChildren().add(why);
            }
            if (!e.missed().isEmpty()) {
                Label missed = new Label("Missed: " + String.join("; ", e.missed()));
                missed.setWrapText(true);
                missed.getStyleClass().add("report-missed");
                item.getChildren().add(missed);
            }
            list.getChildren().add(item);
        }
        if (entries.isEmpty()) {
            list.getChildren().add(new Label("No questions were asked."));
        }
        return list;
    }
}
