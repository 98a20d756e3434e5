package com.interviewiq.ui.reports;

import com.interviewiq.engine.sessions.SessionReport.GroupScore;
import com.interviewiq.ui.charts.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The report's two charts as the screen draws them (average score 0..100 per category, as
 * horizontal bars so names stay readable, and per difficulty), drawn by JFreeChart without JavaFX
 * into images sharp enough for print.
 */
final class ReportCharts {
    /** Pixels per point: 3 gives 216 dpi, sharp on paper. */
    static final int SCALE = 3;
    private static final ChartTheme THEME = ChartTheme.LIGHT;

    private ReportCharts() {
    }

    static BufferedImage byCategory(List<GroupScore> groups, int width, int height) {
        return draw(chart("By category", groups, g -> g.group(), PlotOrientation.HORIZONTAL, THEME.blue()), width, height);
    }

    static BufferedImage byDifficulty(List<GroupScore> groups, int width, int height) {
        return draw(chart("By difficulty", groups, g -> g.group().replace("difficulty ", ""), PlotOrientation.VERTICAL,
                THEME.purple()), width, height);
    }

    private static JFreeChart chart(String title, List<GroupScore> groups, Function<GroupScore, String> name,
                                    PlotOrientation orientation, Color bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GroupScore g : groups) {
            data.addValue(g.averageScore(), "average", name.apply(g) + " (" + g.answered() + ")");
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(ChartTheme.TICK_FONT);
        categories.setTickLabelPaint(THEME.text());
        categories.setAxisLinePaint(THEME.grid());
        categories.setCategoryMargin(0.25);
        categories.setMaximumCategoryLabelLines(2);
        if (orientation == PlotOrientation.HORIZONTAL) {
            categories.setMaximumCategoryLabelWidthRatio(0.42f);
        } else {
            // five slots are too narrow for "level 1 (2)": the bars say "1 (2)" and the axis says what that is
            categories.setLabel("level (answers)");
            categories.setLabelFont(ChartTheme.TICK_FONT);
            categories.setLabelPaint(THEME.muted());
        }
        NumberAxis scores = new NumberAxis();
        scores.setRange(0, 104); // a little room past 100 so the last tick label is not cut
        scores.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25));
        scores.setTickLabelFont(ChartTheme.TICK_FONT);
        scores.setTickLabelPaint(THEME.muted());
        scores.setAxisLinePaint(THEME.grid());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, bars);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartTheme.TICK_FONT);
        renderer.setDefaultItemLabelPaint(THEME.text());
        if (orientation == PlotOrientation.HORIZONTAL) {
            // the score inside the bar's end, in white: outside it would run past 100
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
            renderer.setDefaultItemLabelPaint(Color.WHITE);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, scores, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(THEME.grid());
        plot.setNoDataMessage("No scored answers");
        plot.setNoDataMessageFont(ChartTheme.LABEL_FONT);
        plot.setNoDataMessagePaint(THEME.muted());
        JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
        chart.setTitle(new TextTitle(title, ChartTheme.TITLE_FONT.deriveFont(Font.BOLD)));
        chart.getTitle().setPaint(THEME.text());
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static BufferedImage draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
