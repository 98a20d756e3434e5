package com.interviewiq.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Chart colours for the console's light and dark themes, taken from the Primer palette the
 * AtlantaFX themes use, so the charts read like the rest of the window. The chart and plot
 * backgrounds are transparent: the screen's own background shows through.
 */
public record ChartTheme(boolean dark, Color background, Color text, Color muted, Color grid,
                         Color blue, Color green, Color orange, Color purple, Color marker, Color refused) {

    public static final ChartTheme LIGHT = new ChartTheme(false, rgb(0xffffff), rgb(0x1f2328), rgb(0x59636e),
            rgb(0xd1d9e0), rgb(0x0969da), rgb(0x1a7f37), rgb(0xbc4c00), rgb(0x8250df), rgb(0x9a6700), rgb(0xcf222e));
    public static final ChartTheme DARK = new ChartTheme(true, rgb(0x0d1117), rgb(0xe6edf3), rgb(0x9198a1),
            rgb(0x30363d), rgb(0x4493f8), rgb(0x3fb950), rgb(0xdb6d28), rgb(0xab7df8), rgb(0xd29922), rgb(0xf85149));

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    public static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    public static final Stroke MARKER = new BasicStroke(1.5f);
    public static final Stroke REFUSED_MARKER = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    public static ChartTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** Whether a background colour is a dark one (relative luminance below the midpoint). */
    public static boolean isDark(double red, double green, double blue) {
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5;
    }

    /** Behind marker labels: the background, a little see-through, so a label stays legible over the lines. */
    public Color labelBackground() {
        return new Color(background.getRed(), background.getGreen(), background.getBlue(), 210);
    }

    /** Title, legend, plot and axes; series colours are set by whoever knows what each series is. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(TRANSPARENT);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(text);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(TRANSPARENT);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(LABEL_FONT);
            legend.setItemPaint(text);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(TRANSPARENT);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
    }

    private void axis(ValueAxis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(muted);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(muted);
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
