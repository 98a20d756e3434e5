package com.interviewiq.engine.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.interviewiq.engine.json.JsonSupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bounded ring of samples (default one hour) plus events, with listeners. Listeners are
 * called on the sampler thread and must not block (the UI hands off to its own thread).
 */
public final class MetricsHistory {
    private static final int MAX_EVENTS = 1000;
    private final int capacity;
    private final ArrayDeque<MetricsSample> samples;
    private final List<MetricsEvent> events = new ArrayList<>();
    private final List<Consumer<MetricsSample>> sampleListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<MetricsEvent>> eventListeners = new CopyOnWriteArrayList<>();

    public MetricsHistory(Duration span, Duration interval) {
        this.capacity = (int) Math.max(1, span.toMillis() / Math.max(1, interval.toMillis()));
        this.samples = new ArrayDeque<>(capacity);
    }

    public int capacity() {
        return capacity;
    }

    public void add(MetricsSample sample) {
        synchronized (this) {
            if (samples.size() == capacity) {
                samples.removeFirst();
            }
            samples.addLast(sample);
        }
        sampleListeners.forEach(l -> l.accept(sample));
    }

    public void addEvent(MetricsEvent event) {
        synchronized (this) {
            events.add(event);
            if (events.size() > MAX_EVENTS) { // keep only the events the sample window still shows
                Instant oldest = samples.isEmpty() ? event.time() : samples.peekFirst().time();
                events.removeIf(e -> e.time().isBefore(oldest));
            }
        }
        eventListeners.forEach(l -> l.accept(event));
    }

    public synchronized List<MetricsSample> samples() {
        return List.copyOf(samples);
    }

    /** The newest {@code n} samples, oldest first. */
    public synchronized List<MetricsSample> last(int n) {
        List<MetricsSample> all = new ArrayList<>(samples);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    public synchronized MetricsSample latest() {
        return samples.peekLast();
    }

    public synchronized List<MetricsEvent> events() {
        return List.copyOf(events);
    }

    public Runnable onSample(Consumer<MetricsSample> listener) {
        sampleListeners.add(listener);
        return () -> sampleListeners.remove(listener);
    }

    public Runnable onEvent(Consumer<MetricsEvent> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    public static String toCsv(List<MetricsSample> samples) {
        StringBuilder sb = new StringBuilder(MetricsSample.CSV_HEADER).append('\n');
        samples.forEach(s -> sb.append(s.csvLine()).append('\n'));
        return sb.toString();
    }

    public String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("samples", samples());
        doc.put("events", events());
        try {
            return JsonSupport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
