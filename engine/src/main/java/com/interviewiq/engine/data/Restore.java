package com.interviewiq.engine.data;

import com.interviewiq.engine.config.DatabaseHolder;
import com.interviewiq.engine.config.DatabaseTarget;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Replaces the laptop database with a backup. It must own the database: while another process
 * holds it, it refuses with one sentence naming that process. The backup is unpacked beside the
 * database and opened read-only first (a damaged or foreign ZIP changes nothing); the database it
 * replaces is kept as {@code before-restore-<time>.zip} in the backups folder, so a wrong restore
 * can be undone.
 */
public final class Restore {
    private static final String MV_DB = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was restored, and where the database it replaced was kept (null when there was none). */
    public record Result(long sessions, long questions, Path keptAs) {
    }

    private Restore() {
    }

    public static Result restore(DatabaseTarget target, Path backup, Path backupsDir, Clock clock) {
        Path db = target.h2File();
        if (db == null) {
            throw new DataException(Backups.notH2(target).replace("backed up with pg_dump", "restored with pg_restore"));
        }
        DatabaseHolder.of(db).ifPresent(h -> {
            throw new DataException(h.sentence(db));
        });
        String stamp = STAMP.format(clock.instant());
        Path candidate = db.resolveSibling("restore-" + stamp);
        Path candidateFile = file(candidate);
        try {
            unpack(backup, candidateFile);
            Result counted = check(backup, candidate, target);
            Path current = file(db);
            Path kept = null;
            if (Files.exists(current)) {
                kept = backupsDir.resolve("before-restore-" + stamp + ".zip");
                PrivateFiles.privateFolder(backupsDir);
                zipOne(current, db.getFileName() + MV_DB, kept);
            }
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".trace.db"));
            PrivateFiles.moveIntoPlace(candidateFile, current);
            return new Result(counted.sessions(), counted.questions(), kept);
        } catch (IOException e) {
            throw new DataException("cannot restore " + backup + ": " + e.getMessage(), e);
        } finally {
            String leftovers = candidate.getFileName() + ".";
            try (var files = Files.list(candidate.getParent())) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith(leftovers))::iterator) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // left beside the database; the next restore uses another name
            }
        }
    }

    private static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + MV_DB);
    }

    /** The one H2 database file in the ZIP, unpacked as a 0600 file. */
    private static void unpack(Path backup, Path to) {
        if (!Files.isRegularFile(backup)) {
            throw new DataException(backup + " is not a file");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry only = null;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(MV_DB)) {
                    if (only != null) {
                        throw new DataException(backup + " holds more than one database; restore takes a backup of one");
                    }
                    only = e;
                }
            }
            if (only == null) {
                throw new DataException(backup + " is not a backup of an InterviewIQ database (no H2 database file inside)");
            }
            Path tmp = PrivateFiles.temporaryBeside(to);
            try (InputStream in = zip.getInputStream(only)) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.moveIntoPlace(tmp, to);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.util.zip.ZipException e) {
            throw new DataException(backup + " is not a backup (not a readable ZIP file: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException("cannot read " + backup + ": " + e.getMessage(), e);
        }
    }

    /** Opens the unpacked database on its own, read-only, and counts what it holds. */
    private static Result check(Path backup, Path candidate, DatabaseTarget target) {
        String url = "jdbc:h2:file:" + candidate + ";ACCESS_MODE_DATA=r;AUTO_SERVER=FALSE;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, target.user(), target.password().reveal());
             Statement st = c.createStatement()) {
            long sessions = count(st, "SELECT COUNT(*) FROM interview_sessions");
            long questions = count(st, "SELECT COUNT(*) FROM questions");
            return new Result(sessions, questions, null);
        } catch (SQLException e) {
            String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DataException(backup + " does not hold a readable InterviewIQ database (" + first + ")");
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void zipOne(Path file, String entry, Path zip) {
        PrivateFiles.write(zip, out -> {
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(entry));
                Files.copy(file, z);
                z.closeEntry();
            }
        });
    }
}
