package com.interviewiq.engine.monitor.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.interviewiq.engine.health.Alert;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsSample;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One recording file read back: its header, samples, events (mode switches among them) and alerts,
 * each oldest first. A file whose writer was killed ends without a gzip trailer and perhaps in the
 * middle of a line: it is read up to the last complete line (the writer flushes whole lines every
 * second), and {@link #complete()} says so.
 */
public final class Recording {
    private static final ObjectReader LINES = JsonSupport.mapper().readerFor(RecordLine.class);

    private final Path file;
    private RecordingHeader header;
    private final List<MetricsSample> samples = new ArrayList<>();
    private final List<MetricsEvent> events = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private boolean complete = true;

    private Recording(Path file) {
        this.file = file;
    }

    /** Reads a whole file; a RecordingException names the file (and the line) when it cannot. */
    public static Recording read(Path file) {
        Recording r = new Recording(file);
        try (InputStream raw = Files.newInputStream(file)) {
            r.readFrom(raw);
        } catch (NoSuchFileException e) {
            throw new RecordingException("no recording " + file);
        } catch (IOException e) {
            throw new RecordingException("cannot read the recording " + file + ": " + e.getMessage(), e);
        }
        return r;
    }

    private void readFrom(InputStream raw) throws IOException {
        InputStream in;
        try {
            in = new GZIPInputStream(raw, 1 << 16);
        } catch (EOFException e) { // killed before its first flush
            complete = false;
            return;
        } catch (ZipException e) {
            throw new RecordingException(file + " is not a recording (not gzip'd JSON lines)");
        }
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int lineNo = 0;
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (EOFException | ZipException e) { // no trailer, or cut inside a block: what came before stands
                complete = false;
                break;
            }
            if (n < 0) {
                break;
            }
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, from, i - from);
                    accept(line.toString(StandardCharsets.UTF_8), ++lineNo);
                    line.reset();
                    from = i + 1;
                }
            }
            line.write(buf, from, n - from);
        }
        if (line.size() > 0) { // a last line the writer did not finish
            complete = false;
        }
    }

    private void accept(String text, int lineNo) {
        if (text.isBlank()) {
            return;
        }
        RecordLine l;
        try {
            l = LINES.readValue(text);
        } catch (JsonProcessingException e) {
            throw new RecordingException(file + " line " + lineNo + ": " + JsonSupport.problem(e));
        }
        if (l.header() != null) {
            if (header == null) {
                header = l.header();
            }
        } else if (l.sample() != null) {
            samples.add(l.sample().toSample());
        } else if (l.event() != null) {
            events.add(l.event());
        } else if (l.alert() != null) {
            alerts.add(l.alert());
        }
    }

    public Path file() {
        return file;
    }

    /** Null only for a file cut off before its first line was flushed. */
    public RecordingHeader header() {
        return header;
    }

    public List<MetricsSample> samples() {
        return List.copyOf(samples);
    }

    public List<MetricsEvent> events() {
        return List.copyOf(events);
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    /** False when the writer stopped without closing the file (killed, power lost). */
    public boolean complete() {
        return complete;
    }

    /** The samples with {@code from <= time <= to}: the A/B view's ranges. */
    public List<MetricsSample> samplesBetween(Instant from, Instant to) {
        return samples.stream().filter(s -> !s.time().isBefore(from) && !s.time().isAfter(to)).toList();
    }

    public List<MetricsEvent> modeSwitches() {
        return events.stream().filter(e -> MetricsEvent.MODE_SWITCH.equals(e.kind())).toList();
    }

    /** When recording began (the header), else the first thing recorded; null when nothing was. */
    public Instant start() {
        if (header != null) {
            return header.started();
        }
        return times().min(Instant::compareTo).orElse(null);
    }

    /** The last moment anything was recorded at; null when nothing was. */
    public Instant end() {
        return times().max(Instant::compareTo).orElse(start());
    }

    private Stream<Instant> times() {
        return Stream.of(samples.stream().map(MetricsSample::time), events.stream().map(MetricsEvent::time),
                alerts.stream().map(Alert::time)).flatMap(s -> s);
    }

    public RecordingSummary summary() {
        return new RecordingSummary(file.getFileName().toString(), file.toAbsolutePath().toString(), start(), end(),
                samples.size(), modeSwitches().size(), alerts.size(), header == null ? null : header.process(),
                header == null ? null : header.database(), complete, null);
    }
}
