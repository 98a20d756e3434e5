package com.interviewiq.ui.charts.fx;

import com.interviewiq.ui.charts.ChartTheme;

import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.Optional;

/** How the console's screens put a JFreeChart on screen, shared by the Dashboard and the Benchmark. */
public final class ChartPanes {
    private ChartPanes() {
    }

    /** A viewer without zooming: the screen decides the range (the Dashboard's window, the Benchmark's points). */
    public static ChartViewer viewer(JFreeChart chart, String id, double prefWidth, double prefHeight, double minHeight) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.setMinSize(200, minHeight);
        viewer.setPrefSize(prefWidth, prefHeight);
        return viewer;
    }

    /**
     * The chart theme matching a screen's background, which changes whenever the shell switches
     * between PrimerLight and PrimerDark; empty while the background is not a plain colour yet.
     */
    public static Optional<ChartTheme> themeFor(Background background) {
        if (background != null && !background.getFills().isEmpty()
                && background.getFills().getFirst().getFill() instanceof Color c) {
            return Optional.of(ChartTheme.of(ChartTheme.isDark(c.getRed(), c.getGreen(), c.getBlue())));
        }
        return Optional.empty();
    }

    /** A chart in a card (style "chart-card") that takes the room its row or column gives it. */
    public static javafx.scene.layout.StackPane card(JFreeChart chart, String id, double prefWidth, double prefHeight,
                                                     double minHeight) {
        javafx.scene.layout.StackPane card = new javafx.scene.layout.StackPane(viewer(chart, id, prefWidth, prefHeight, minHeight));
        card.getStyleClass().add("chart-card");
        javafx.scene.layout.HBox.setHgrow(card, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(card, javafx.scene.layout.Priority.ALWAYS);
        return card;
    }
}
