package com.interviewiq.ui.dashboard;

import com.interviewiq.ui.charts.ChartTheme;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dashboard's view model and charts without a screen. */
class DashboardViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final DashboardViewModel model = new DashboardViewModel(Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void addingSamplesGrowsEverySeriesAndShowsTheNewestInTheTiles() {
        model.append(Samples.run(T0, 10));
        assertThat(itemCounts()).containsOnly(10);

        MetricsSample next = Samples.at(T0.plusSeconds(10), 10, false);
        model.append(next);

        assertThat(itemCounts()).containsOnly(11);
        assertThat(model.tiles().pool().get()).isEqualTo(next.active() + " / 50");
        assertThat(model.tiles().mode().get()).isEqualTo("sync");
        assertThat(model.tiles().p99Ms().get()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", next.p99Ms()));
    }

    @Test
    void theServerConnectionsTileShowsTheBudgetOnlyWhenThereIsOne() {
        assertThat(model.tiles().serverConnectionsShown().get()).as("hidden on H2 and before the first reading").isFalse();
        model.serverConnections(new com.interviewiq.engine.db.ServerConnections(100, 37, 12, 2, T0));
        assertThat(model.tiles().serverConnectionsShown().get()).isTrue();
        assertThat(model.tiles().serverConnections().get()).isEqualTo("37 / 100");
        assertThat(model.tiles().serverConnectionsCaption().get()).isEqualTo("server · this console 2");
        model.serverConnections(null); // switched live to H2
        assertThat(model.tiles().serverConnectionsShown().get()).isFalse();
    }

    @Test
    void samplesAlreadyReceivedAreNotAddedTwice() {
        List<MetricsSample> history = Samples.run(T0, 10);
        model.append(history);
        model.append(history.subList(5, 10)); // the live listener overlapping the history snapshot

        assertThat(itemCounts()).containsOnly(10);
    }

    @Test
    void theWindowChoiceLimitsTheDomainRangeAndTheExportedSamples() {
        model.append(Samples.run(T0, 600)); // ten minutes
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        Instant newest = T0.plusSeconds(599);

        assertThat(model.range().get()).isEqualTo(new DashboardViewModel.TimeRange(newest.minusSeconds(300), newest));
        assertThat(model.visibleSamples()).hasSize(301);

        model.window().set(TimeWindow.ONE_MINUTE);

        assertThat(model.range().get()).isEqualTo(new DashboardViewModel.TimeRange(newest.minusSeconds(60), newest));
        assertThat(model.visibleSamples()).hasSize(61).allMatch(s -> !s.time().isBefore(newest.minusSeconds(60)));
        for (JFreeChart c : charts.all()) {
            assertThat(c.getXYPlot().getDomainAxis().getLowerBound()).isEqualTo(newest.minusSeconds(60).toEpochMilli());
            assertThat(c.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(newest.toEpochMilli());
        }
    }

    @Test
    void dataOlderThanAnHourIsDropped() {
        model.window().set(TimeWindow.SIXTY_MINUTES);
        model.append(Samples.run(T0, 4000));

        assertThat(itemCounts()).containsOnly(3601); // 60 min inclusive of both ends
        assertThat(model.visibleSamples()).hasSize(3601);
        assertThat(model.visibleSamples().getFirst().time()).isEqualTo(T0.plusSeconds(3999 - 3600));
    }

    @Test
    void aSampleAfterAGapStartsANewLine() {
        model.append(Samples.run(T0, 5));
        Instant late = T0.plusSeconds(30);
        model.append(Samples.at(late, 5, true));

        for (TimeSeries s : allSeries()) {
            assertThat(s.getItemCount()).isEqualTo(7);
            assertThat(s.getTimePeriod(5).getLastMillisecond()).isEqualTo(late.toEpochMilli() - 1);
            assertThat(s.getValue(5)).as(s.getKey().toString()).isNull();
            assertThat(s.getValue(6)).isNotNull();
        }
    }

    @Test
    void eachTickRedrawsEachChartOnce() {
        model.append(Samples.run(T0, 100));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        Map<JFreeChart, Integer> redraws = countRedraws(charts);

        model.append(Samples.at(T0.plusSeconds(100), 100, false));

        assertThat(redraws.values()).containsOnly(1);
    }

    @Test
    void pauseFreezesTheChartsAndResumeCatchesUpInOneRedraw() {
        List<MetricsSample> samples = Samples.run(T0, 30);
        model.append(samples.subList(0, 10));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        Map<JFreeChart, Integer> redraws = countRedraws(charts);
        DashboardViewModel.TimeRange frozen = model.range().get();

        model.paused().set(true);
        List<MetricsSample> more = samples.subList(10, 30);
        more.forEach(model::append); // one per tick, as the listener delivers them

        assertThat(itemCounts()).containsOnly(10);
        assertThat(redraws.values()).containsOnly(0);
        assertThat(model.range().get()).isEqualTo(frozen);
        assertThat(model.waiting().get()).isEqualTo(20);
        assertThat(model.tiles().pool().get()).isEqualTo(more.getLast().active() + " / 50"); // the tiles stay live

        model.paused().set(false);

        assertThat(itemCounts()).containsOnly(30);
        assertThat(redraws.values()).containsOnly(1);
        assertThat(model.range().get().to()).isEqualTo(more.getLast().time());
        assertThat(model.waiting().get()).isZero();
    }

    @Test
    void modeSwitchesAndRefusalsBecomeMarkersOnEveryChart() {
        model.append(Samples.run(T0, 30));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        MetricsEvent switched = new MetricsEvent(T0.plusSeconds(10), MetricsEvent.MODE_SWITCH, "sync → async", "switched in 40 ms");
        MetricsEvent refused = new MetricsEvent(T0.plusSeconds(20), MetricsEvent.SWITCH_REFUSED, "stayed async", "no route");

        model.addEvents(List.of(switched, refused));
        model.addEvents(List.of(switched)); // known already

        for (JFreeChart c : charts.all()) {
            List<ValueMarker> markers = domainMarkers(c);
            assertThat(markers).extracting(Marker::getLabel).containsExactly("sync → async", "stayed async");
            assertThat(markers).extracting(ValueMarker::getValue)
                    .containsExactly((double) switched.time().toEpochMilli(), (double) refused.time().toEpochMilli());
            assertThat(markers.get(0).getPaint()).isEqualTo(ChartTheme.LIGHT.marker());
            assertThat(markers.get(1).getPaint()).isEqualTo(ChartTheme.LIGHT.refused());
        }
    }

    @Test
    void eventsWhilePausedAppearOnResume() {
        model.append(Samples.run(T0, 30));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        model.paused().set(true);

        model.addEvents(List.of(new MetricsEvent(T0.plusSeconds(29), MetricsEvent.MODE_SWITCH, "sync → async", "")));
        assertThat(domainMarkers(charts.pool())).isEmpty();

        model.paused().set(false);
        assertThat(charts.all()).allSatisfy(c -> assertThat(domainMarkers(c)).hasSize(1));
    }

    @Test
    void theDarkThemeRestylesChartsAndMarkers() {
        model.append(Samples.run(T0, 30));
        DashboardCharts charts = new DashboardCharts(model, ChartTheme.LIGHT);
        model.addEvents(List.of(new MetricsEvent(T0.plusSeconds(5), MetricsEvent.MODE_SWITCH, "sync → async", "")));
        Map<JFreeChart, Integer> redraws = countRedraws(charts);

        charts.theme(ChartTheme.DARK);

        assertThat(redraws.values()).containsOnly(1);
        for (JFreeChart c : charts.all()) {
            assertThat(c.getTitle().getPaint()).isEqualTo(ChartTheme.DARK.text());
            assertThat(c.getXYPlot().getRangeAxis().getTickLabelPaint()).isEqualTo(ChartTheme.DARK.muted());
            assertThat(domainMarkers(c).getFirst().getPaint()).isEqualTo(ChartTheme.DARK.marker());
        }
        assertThat(charts.pool().getXYPlot().getRenderer().getSeriesStroke(3)).isEqualTo(ChartTheme.DASHED);
    }

    @Test
    void alertsAreListedNewestFirst() {
        Alert raised = new Alert(T0, "p99 latency", Alert.RAISED, "warn", 300.0, 250.0, "p99 300 ms");
        Alert cleared = new Alert(T0.plus(Duration.ofMinutes(2)), "p99 latency", Alert.CLEARED, "ok", 10.0, 250.0, "ok");

        model.addAlerts(List.of(raised));
        model.addAlerts(List.of(raised, cleared)); // the log snapshot overlapping the listener

        assertThat(model.alerts()).containsExactly(cleared, raised);
    }

    private List<TimeSeries> allSeries() {
        List<TimeSeries> out = new ArrayList<>();
        for (TimeSeriesCollection c : List.of(model.poolDataset(), model.rateDataset(), model.latencyDataset())) {
            for (int i = 0; i < c.getSeriesCount(); i++) {
                out.add(c.getSeries(i));
            }
        }
        return out;
    }

    private List<Integer> itemCounts() {
        List<TimeSeries> series = allSeries();
        assertThat(series).hasSize(10);
        return series.stream().map(TimeSeries::getItemCount).toList();
    }

    private static Map<JFreeChart, Integer> countRedraws(DashboardCharts charts) {
        Map<JFreeChart, Integer> counts = new IdentityHashMap<>(); // a chart's hashCode follows its content
        for (JFreeChart c : charts.all()) {
            counts.put(c, 0);
            c.addChangeListener(e -> counts.merge(c, 1, Integer::sum));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    static List<ValueMarker> domainMarkers(JFreeChart chart) {
        Collection<Marker> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().map(ValueMarker.class::cast).toList();
    }
}
