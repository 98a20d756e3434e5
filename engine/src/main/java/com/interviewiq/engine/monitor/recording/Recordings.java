package com.interviewiq.engine.monitor.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recordings folder, {@code <data dir>/metrics}: one file per run (and per UTC day of a long
 * run), named by when it began so that name order is time order. Lists, resolves a name the user
 * typed, and deletes the ones past retention.
 */
public final class Recordings {
    public static final String FOLDER = "metrics";
    public static final String SUFFIX = ".jsonl.gz";

    private final Path dir;

    public Recordings(Path dir) {
        this.dir = dir;
    }

    /** The recordings folder of a data directory. */
    public static Recordings in(Path dataDir) {
        return new Recordings(dataDir.resolve(FOLDER));
    }

    public Path dir() {
        return dir;
    }

    /** The recording files, oldest first; none when the folder does not exist yet. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the recordings in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A summary of every file, oldest first (each file is read: a day at 1 s is ~86,400 lines); a
     * file that cannot be read is listed with its problem.
     */
    public List<RecordingSummary> list() {
        return files().stream().map(f -> {
            try {
                return Recording.read(f).summary();
            } catch (RecordingException e) {
                return RecordingSummary.unreadable(f, e.getMessage());
            }
        }).toList();
    }

    /**
     * The file a user means: a bare name from {@link #list()} (with or without the suffix) in the
     * folder, or a path to any recording file.
     */
    public Path resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new RecordingException("name a recording: a file name from 'metrics list' or a path");
        }
        String n = nameOrPath.strip();
        List<Path> candidates = new ArrayList<>();
        if (!n.contains("/") && !n.contains("\\")) {
            candidates.add(dir.resolve(n));
            candidates.add(dir.resolve(n + SUFFIX));
        }
        candidates.add(Path.of(n));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new RecordingException(
                "no recording '" + n + "' (neither a file in " + dir + " nor a path); 'metrics list' shows the recordings"));
    }

    public Recording open(String nameOrPath) {
        return Recording.read(resolve(nameOrPath));
    }

    /** The newest recording other than {@code except} (the one being written now), if any. */
    public Optional<Recording> latestExcept(Path except) {
        List<Path> all = new ArrayList<>(files());
        if (except != null) {
            all.removeIf(p -> p.toAbsolutePath().normalize().equals(except.toAbsolutePath().normalize()));
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(Recording.read(all.getLast()));
    }

    /**
     * Deletes the recordings last written before {@code cutoff}, never {@code keep} (the file being
     * written). Returns the deleted files.
     */
    public List<Path> deleteOlderThan(Instant cutoff, Path keep) {
        List<Path> deleted = new ArrayList<>();
        for (Path f : files()) {
            if (keep != null && f.toAbsolutePath().normalize().equals(keep.toAbsolutePath().normalize())) {
                continue;
            }
            try {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    Files.delete(f);
                    deleted.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old recording " + f + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }
}
