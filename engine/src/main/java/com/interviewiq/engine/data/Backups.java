package com.interviewiq.engine.data;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.db.Database;
import com.interviewiq.engine.db.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Online backups of the laptop (H2 file) database into {@code <data dir>/backups}: H2's BACKUP TO,
 * transactionally consistent while the console and the CLI keep working, run through the data
 * port (in a process that does not hold the database, the holder writes the file). Automatic
 * daily ones are kept to the newest {@code backupKeep}; the ones the user asks for are never pruned.
 */
public final class Backups {
    static final String AUTO = "auto-";
    static final String MANUAL = "interviewiq-";
    private static final String ZIP = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Database db;
    private final DatabaseTarget target;
    private final Path dir;
    private final Clock clock;

    public Backups(Database db, DatabaseTarget target, Path backupsDir, Clock clock) {
        this.db = db;
        this.target = target;
        this.dir = backupsDir;
        this.clock = clock;
    }

    /** The sentence for a database that is not a laptop file (PostgreSQL has its own tools). */
    public static String notH2(DatabaseTarget target) {
        return "backups here are of the laptop (H2 file) database; " + target.location()
                + " is backed up with pg_dump, or moved with 'interviewiq data export'";
    }

    /** Whether this target can be backed up here. */
    public static boolean supports(DatabaseTarget target) {
        return target.h2File() != null;
    }

    /** A backup the user asked for, to {@code to} or (null) a new file in the backups folder. */
    public CompletionStage<BackupFile> backupNow(Path to) {
        return write(to != null ? to.toAbsolutePath() : dir.resolve(MANUAL + STAMP.format(clock.instant()) + ZIP), false);
    }

    /** The daily backup, then the oldest automatic ones beyond {@code keep} are deleted. */
    public CompletionStage<BackupFile> backupDaily(int keep) {
        return write(dir.resolve(AUTO + STAMP.format(clock.instant()) + ZIP), true).thenApply(b -> {
            prune(keep);
            return b;
        });
    }

    private CompletionStage<BackupFile> write(Path file, boolean automatic) {
        if (!supports(target)) {
            return CompletableFuture.failedFuture(new DataException(notH2(target)));
        }
        if (file.startsWith(dir)) {
            PrivateFiles.privateFolder(dir);
        }
        Path tmp = PrivateFiles.temporaryBeside(file); // 0600 before H2 writes a byte into it
        Instant started = clock.instant();
        return db.inTransaction(tx -> tx.update(Sql.of("BACKUP TO ?", tmp.toString())))
                .thenApply(x -> {
                    try {
                        PrivateFiles.moveIntoPlace(tmp, file);
                        return new BackupFile(file, started, Files.size(file), automatic);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
                    }
                })
                .whenComplete((b, e) -> {
                    if (e != null) {
                        deleteQuietly(tmp);
                    }
                });
    }

    /** Backups in the folder, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                boolean auto = name.startsWith(AUTO);
                if (!name.endsWith(ZIP) || !(auto || name.startsWith(MANUAL))) {
                    continue;
                }
                String stamp = name.substring(auto ? AUTO.length() : MANUAL.length(), name.length() - ZIP.length());
                try {
                    out.add(new BackupFile(p, Instant.from(STAMP.parse(stamp)), Files.size(p), auto));
                } catch (DateTimeParseException | IOException e) {
                    // not one of ours (or gone meanwhile)
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(BackupFile::created).reversed());
        return out;
    }

    /** The newest automatic backup's time, if there is one (the daily job's memory). */
    public java.util.Optional<Instant> lastAutomatic() {
        return list().stream().filter(BackupFile::automatic).map(BackupFile::created).findFirst();
    }

    /** Deletes automatic backups beyond the newest {@code keep}; returns what it deleted. */
    public List<Path> prune(int keep) {
        List<Path> deleted = new ArrayList<>();
        List<BackupFile> automatic = list().stream().filter(BackupFile::automatic).toList();
        for (BackupFile old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            deleteQuietly(old.path());
            deleted.add(old.path());
        }
        return deleted;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the next prune tries again
        }
    }
}
