package com.interviewiq.ui.bench;

import com.interviewiq.engine.bench.BenchMode;
import com.interviewiq.engine.bench.BenchOptions;
import com.interviewiq.engine.bench.BenchPoint;
import com.interviewiq.engine.bench.BenchReport;
import com.interviewiq.engine.bench.BenchWorkload;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Benchmark screen's state: the form (as text, checked into {@link BenchOptions} with one
 * error per field naming it), the estimated time, and the run's progress, points, verdict and
 * machine facts. No controls and no threads here: the screen calls it on the FX thread.
 */
public final class BenchmarkViewModel {
    /** Set-up per run besides warm-up and measuring (open a pool, empty the answers table), as measured on a laptop. */
    static final Duration RUN_OVERHEAD = Duration.ofMillis(250);
    static final int MAX_ROUNDS = 20;
    static final Duration MAX_DURATION = Duration.ofMinutes(10);
    private static final String STOPPED = " (stopped)";
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    public enum State { IDLE, RUNNING, STOPPING }

    /** The form's fields, named as their labels are (errors start with the name). */
    public enum Field {
        MODES("Modes"), CONCURRENCY("Concurrency levels"), DURATION("Duration"), WARMUP("Warm-up"),
        POOL_SIZES("Pool sizes"), ROUNDS("Rounds");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Map<BenchMode, BooleanProperty> modes = new EnumMap<>(BenchMode.class);
    private final StringProperty concurrency = new SimpleStringProperty("1,8,64");
    private final StringProperty duration = new SimpleStringProperty("3s");
    private final StringProperty warmup = new SimpleStringProperty("1s");
    private final StringProperty poolSizes = new SimpleStringProperty("10");
    private final StringProperty rounds = new SimpleStringProperty("1");
    private final ObjectProperty<BenchWorkload> workload = new SimpleObjectProperty<>(BenchWorkload.STEP);
    private final BooleanProperty configuredDatabase = new SimpleBooleanProperty(false);
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final StringProperty machine = new SimpleStringProperty("");
    private final ObservableList<BenchPoint> points = FXCollections.observableArrayList();
    private final ObjectProperty<BenchReport> report = new SimpleObjectProperty<>();
    private int maxConcurrency = 1;

    public BenchmarkViewModel() {
        for (BenchMode m : BenchMode.values()) {
            modes.put(m, new SimpleBooleanProperty(true));
        }
        for (Field f : Field.values()) {
            errors.put(f, new SimpleStringProperty(""));
        }
        List<Observable> form = new ArrayList<>(modes.values());
        form.addAll(List.of(concurrency, duration, warmup, poolSizes, rounds, workload));
        form.forEach(o -> o.addListener(x -> estimate.set(estimateOf(parse(false)))));
        estimate.set(estimateOf(parse(false)));
    }

    // ---- the form ----

    /** The form as options, or empty with each bad field's error set (and the others' cleared). */
    public Optional<BenchOptions> validate() {
        return parse(true);
    }

    private Optional<BenchOptions> parse(boolean report) {
        Map<Field, String> found = new EnumMap<>(Field.class);
        List<BenchMode> chosen = modes.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        if (chosen.isEmpty()) {
            found.put(Field.MODES, "choose at least one mode");
        }
        List<Integer> levels = ints(Field.CONCURRENCY, concurrency.get(), 1, 10_000, "1,8,64", found);
        List<Integer> pools = ints(Field.POOL_SIZES, poolSizes.get(), 1, 1000, "10 or 5,20", found);
        Duration measured = duration(Field.DURATION, duration.get(), false, found);
        Duration warm = duration(Field.WARMUP, warmup.get(), true, found);
        Integer r = wholeNumber(rounds.get());
        if (r == null || r < 1 || r > MAX_ROUNDS) {
            found.put(Field.ROUNDS, "'" + rounds.get().strip() + "' is not a whole number from 1 to " + MAX_ROUNDS);
        }
        Optional<BenchOptions> options = Optional.empty();
        if (found.isEmpty()) {
            try {
                options = Optional.of(new BenchOptions(chosen, levels, pools, measured, warm, workload.get(), r));
            } catch (IllegalArgumentException e) {
                found.put(Field.MODES, e.getMessage()); // the engine's own rule on the combination
            }
        }
        if (report) {
            for (Field f : Field.values()) {
                errors.get(f).set(found.containsKey(f) ? f.label() + ": " + found.get(f) : "");
            }
        }
        return options;
    }

    private static List<Integer> ints(Field field, String text, int min, int max, String example, Map<Field, String> found) {
        List<Integer> values = new ArrayList<>();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            found.put(field, "give at least one value, e.g. " + example);
            return values;
        }
        for (String part : t.split("\\s*,\\s*")) {
            Integer v = wholeNumber(part);
            if (v == null) {
                found.put(field, "'" + part + "' is not a whole number; write them like " + example);
                return values;
            }
            if (v < min || v > max) {
                found.put(field, v + " is outside " + min + ".." + max);
                return values;
            }
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }

    private static Integer wholeNumber(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "3s", "500ms", "1.5 s", "1m" or a bare number of seconds. */
    static Duration duration(Field field, String text, boolean zeroAllowed, Map<Field, String> found) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            found.put(field, "'" + t + "' is not a duration; write e.g. 3s, 500ms or 1m");
            return Duration.ZERO;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        BigDecimal millis = switch (unit) {
            case "ms" -> v;
            case "s" -> v.movePointRight(3);
            default -> v.multiply(BigDecimal.valueOf(60_000));
        };
        Duration d = Duration.ofMillis(millis.longValue());
        if (zeroAllowed ? d.isNegative() : d.toMillis() < 100) {
            found.put(field, zeroAllowed ? "must not be negative" : "must be at least 100ms");
        } else if (d.compareTo(MAX_DURATION) > 0) {
            found.put(field, "must be at most 10 minutes");
        }
        return d;
    }

    /** "≈ 1 min 12 s" for valid options, "" otherwise. */
    static String estimateOf(Optional<BenchOptions> options) {
        return options.map(o -> "≈ " + human(o.warmup().plus(o.duration()).plus(RUN_OVERHEAD)
                        .multipliedBy(o.points() + o.warmingRuns())))
                .orElse("");
    }

    static String human(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        long min = Math.round(s / 60.0);
        return min / 60 + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
    }

    // ---- the run ----

    /** A run starts: the previous results are cleared. */
    public void started(BenchOptions o, String target) {
        points.clear();
        report.set(null);
        verdict.set("");
        machine.set("");
        message.set("");
        progress.set(0);
        maxConcurrency = o.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
        progressText.set("Preparing " + target + "…");
        state.set(State.RUNNING);
    }

    /** Before the measured runs each mode runs once, unmeasured, so that no mode's result pays for the JIT. */
    public void warming(BenchMode mode, int nth, int of) {
        progressText.set(String.format(Locale.ROOT, "warming up %s (%d of %d, not measured)", mode.label(), nth, of));
    }

    public void measuring(BenchMode mode, int concurrency, int poolSize, int round, int rounds, int done, int total) {
        progressText.set(String.format(Locale.ROOT, "%d of %d runs · measuring %s at concurrency %d, pool %d%s", done,
                total, mode.label(), concurrency, poolSize, rounds > 1 ? " (round " + round + " of " + rounds + ")" : ""));
        progress.set(total == 0 ? 0 : (double) done / total);
    }

    public void progress(int done, int total) {
        progress.set(total == 0 ? 0 : (double) done / total);
        progressText.set(done + " of " + total + " runs");
    }

    public void add(BenchPoint p) {
        points.add(p);
    }

    public void stopping() {
        if (state.get() == State.RUNNING) {
            state.set(State.STOPPING);
            progressText.set(progressText.get() + " · stopping…");
        }
    }

    public void finished(BenchReport r) {
        // the report's points are the final word (a stopped run's points are all in it too)
        points.setAll(r.results());
        report.set(r);
        verdict.set(r.verdict());
        StringBuilder facts = new StringBuilder();
        r.machine().forEach((k, v) -> facts.append(facts.isEmpty() ? "" : "  ·  ").append(k).append(": ").append(v));
        machine.set(facts.toString());
        String runs = r.machine().getOrDefault("runs", "");
        if (runs.endsWith(STOPPED)) {
            progressText.set("Stopped: " + runs.substring(0, runs.length() - STOPPED.length()) + " runs measured.");
        } else {
            progress.set(1);
            progressText.set("Done: " + runs + " runs measured.");
        }
        state.set(State.IDLE);
    }

    public void failed(String why) {
        state.set(State.IDLE);
        progressText.set("");
        message.set("The benchmark failed: " + why);
    }

    public void exported(String files, java.nio.file.Path dir) {
        message.set("");
        progressText.set("Wrote " + files + " to " + dir);
    }

    public void message(String text) {
        message.set(text);
    }

    static final String TEMPORARY_NOTE = "Created for this run in a temporary directory and deleted afterwards, even when "
            + "stopped or failed: interview data is never touched.";
    static final String CONFIGURED_NOTE = "The benchmark writes its own bench_answers table there and drops it afterwards; "
            + "the interview workload also creates interview sessions with answers (interviewer bench-…) and deletes "
            + "them at the end. If the question bank is empty, the sample questions are loaded into it first, and "
            + "they stay.";

    /** What a workload measures, in a sentence for the form. */
    static String describe(BenchWorkload w) {
        return switch (w) {
            case STEP -> "One transaction: read a question, insert an answer, read the session's count and average.";
            case READ -> "One single-row read of a question.";
            case INTERVIEW -> "One interview step through the engine's services: next question, an answer the rubric "
                    + "scores and the service stores; a new session every 5 steps. raw and raw-async have no services and are skipped.";
        };
    }

    // ---- properties ----

    public BooleanProperty mode(BenchMode m) {
        return modes.get(m);
    }

    public StringProperty concurrency() {
        return concurrency;
    }

    public StringProperty duration() {
        return duration;
    }

    public StringProperty warmup() {
        return warmup;
    }

    public StringProperty poolSizes() {
        return poolSizes;
    }

    public StringProperty rounds() {
        return rounds;
    }

    public ObjectProperty<BenchWorkload> workload() {
        return workload;
    }

    /** False: a temporary H2 database; true: the console's configured database. */
    public BooleanProperty configuredDatabase() {
        return configuredDatabase;
    }

    public ReadOnlyStringProperty error(Field f) {
        return errors.get(f);
    }

    public ReadOnlyStringProperty estimate() {
        return estimate.getReadOnlyProperty();
    }

    public ObjectProperty<State> state() {
        return state;
    }

    public DoubleProperty progressValue() {
        return progress;
    }

    public StringProperty progressText() {
        return progressText;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty verdict() {
        return verdict;
    }

    public StringProperty machine() {
        return machine;
    }

    public ObservableList<BenchPoint> points() {
        return points;
    }

    public ObjectProperty<BenchReport> report() {
        return report;
    }

    /** The highest concurrency of the run (the charts use a log axis beyond 16). */
    public int maxConcurrency() {
        return maxConcurrency;
    }
}
