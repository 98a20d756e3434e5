package com.interviewiq.engine.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold candidate data (backups, archives, report exports) are the user's only (0600)
 * from their first byte, and appear whole or not at all: they are written under a temporary name
 * in the target's folder, created 0600, and moved into place when complete.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PrivateFiles() {
    }

    /** Writes {@code target} (replacing it) as a 0600 file; on failure nothing is left behind. */
    public static Path write(Path target, Body body) {
        Path tmp = temporaryBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            moveIntoPlace(tmp, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** An empty 0600 file beside {@code target}, for a writer that needs a path (H2's BACKUP TO). */
    public static Path temporaryBeside(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            return posix(dir) ? Files.createTempFile(dir, ".tmp-", ".part", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, ".tmp-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Moves a finished temporary file onto {@code target} (atomically where the file system can). */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        restrict(tmp);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes an existing file 0600 (POSIX file systems; elsewhere the user's profile folder guards it). */
    public static void restrict(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Creates a folder for candidate data as 0700. */
    public static Path privateFolder(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                FileAttribute<?>[] attrs = posix(dir.toAbsolutePath().getParent())
                        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR)} : new FileAttribute<?>[0];
                try {
                    Files.createDirectories(dir, attrs);
                } catch (FileAlreadyExistsException raced) {
                    // made by another process meanwhile
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file in the user's own folder; the next write replaces its kind
        }
    }
}
