package com.interviewiq.ui.dashboard;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Lines drawn per pixel column, as JFreeChart's SamplingXYLineRenderer does (one segment to the
 * column's first point, plus a vertical stroke over the column's min-max, so spikes stay
 * visible), but in one tight loop per series instead of one renderer call per item: an hour of
 * 1 s samples is 36,000 items per tick over the three charts, and the per-item work (visibility,
 * axis edges, axis transforms) was most of the FX thread's tick. A null value (NaN) breaks the
 * line. The line-and-shape base class gives the legend its line samples (dashed for max).
 */
final class SampledLineRenderer extends XYLineAndShapeRenderer {
    SampledLineRenderer() {
        super(true, false);
    }

    @Override
    public int getPassCount() {
        return 1; // no shapes, no second pass
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (item != state.getFirstItemIndex() || !getItemVisible(series, item)) {
            return; // the whole series was drawn at its first item
        }
        // both axes are linear: two points give the whole transform
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double xLow = domainAxis.getLowerBound();
        double yLow = rangeAxis.getLowerBound();
        double x0 = domainAxis.valueToJava2D(xLow, dataArea, xEdge);
        double y0 = rangeAxis.valueToJava2D(yLow, dataArea, yEdge);
        double xScale = (domainAxis.valueToJava2D(domainAxis.getUpperBound(), dataArea, xEdge) - x0)
                / Math.max(domainAxis.getRange().getLength(), Double.MIN_VALUE);
        double yScale = (rangeAxis.valueToJava2D(rangeAxis.getUpperBound(), dataArea, yEdge) - y0)
                / Math.max(rangeAxis.getRange().getLength(), Double.MIN_VALUE);
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;

        Path2D.Float line = new Path2D.Float();
        Path2D.Float spans = new Path2D.Float();
        boolean drawing = false;
        double column = 0;
        double low = 0;
        double high = 0;
        for (int i = item; i <= state.getLastItemIndex(); i++) {
            double y = dataset.getYValue(series, i);
            if (Double.isNaN(y)) {
                if (drawing) {
                    span(spans, column, low, high, horizontal);
                }
                drawing = false; // a gap: the next point starts a new line
                continue;
            }
            double px = x0 + (dataset.getXValue(series, i) - xLow) * xScale;
            double py = y0 + (y - yLow) * yScale;
            if (drawing && Math.abs(px - column) <= 1) {
                low = Math.min(low, py);
                high = Math.max(high, py);
                continue;
            }
            if (drawing) {
                span(spans, column, low, high, horizontal);
                to(line, px, py, horizontal, false);
            } else {
                to(line, px, py, horizontal, true);
                drawing = true;
            }
            column = px;
            low = py;
            high = py;
        }
        if (drawing) {
            span(spans, column, low, high, horizontal);
        }
        g2.setStroke(getItemStroke(series, item));
        g2.setPaint(getItemPaint(series, item));
        g2.draw(line);
        g2.draw(spans);
    }

    private static void span(Path2D.Float spans, double x, double low, double high, boolean horizontal) {
        if (low < high) {
            to(spans, x, low, horizontal, true);
            to(spans, x, high, horizontal, false);
        }
    }

    private static void to(Path2D.Float path, double x, double y, boolean horizontal, boolean move) {
        double px = horizontal ? y : x;
        double py = horizontal ? x : y;
        if (move) {
            path.moveTo(px, py);
        } else {
            path.lineTo(px, py);
        }
    }
}
