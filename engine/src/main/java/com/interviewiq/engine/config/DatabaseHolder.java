package com.interviewiq.engine.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Which process holds a laptop (H2 file) database, for a command that must own it (restore) and
 * has to say who to close. The holder opened the file in-process and serves the others on the
 * loopback port it wrote into H2's lock file; the process listening on that port is found the way
 * {@code ss -ltnp} finds it (the socket's inode in /proc/net/tcp*, then in /proc/PID/fd). A lock
 * file left by a killed holder names a port nobody listens on: nobody holds the database then.
 *
 * @param pid     the holder's process id (-1 when another user's, or not Linux, so it cannot be found)
 * @param command what it runs, as a user would type it ("interviewiq serve"), or "" when unknown
 * @param port    the loopback port it serves the database on
 */
public record DatabaseHolder(long pid, String command, int port) {
    private static final String MAIN_CLASS = "com.interviewiq.app.Main";
    private static final String LISTEN = "0A";

    /** The process holding the database file ({@code .../interviewiq}, without H2's suffix), if one does. */
    public static Optional<DatabaseHolder> of(Path databaseFile) {
        Path lock = databaseFile.resolveSibling(databaseFile.getFileName() + ".lock.db");
        OptionalLong port = serverPort(lock);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int p = (int) port.getAsLong();
        OptionalLong inode = listeningInode(p);
        if (inode.isEmpty()) {
            // Linux: nobody listens, the lock is stale; elsewhere: we cannot tell, assume it is held
            return Files.isDirectory(Path.of("/proc/net")) ? Optional.empty() : Optional.of(new DatabaseHolder(-1, "", p));
        }
        long pid = ownerOf(inode.getAsLong());
        return Optional.of(new DatabaseHolder(pid, pid < 0 ? "" : commandOf(pid), p));
    }

    /** One sentence for a command that must own the database: who holds it and what to do. */
    public String sentence(Path databaseFile) {
        return "the database " + databaseFile + " is held by " + who() + "; close it and try again";
    }

    /** "interviewiq serve (process 4242)". */
    public String who() {
        return pid < 0 ? "another process (serving it on 127.0.0.1:" + port + ")"
                : (command.isEmpty() ? "process " + pid : command + " (process " + pid + ")");
    }

    /** The port in H2's lock file ({@code server=localhost:35089}), if it has one. */
    static OptionalLong serverPort(Path lock) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(lock)) {
            p.load(in);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        String server = p.getProperty("server");
        int colon = server == null ? -1 : server.lastIndexOf(':');
        if (colon < 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Integer.parseInt(server.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The inode of a listening TCP socket on the port (IPv4 or IPv6 table), from /proc/net. */
    private static OptionalLong listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(table));
            } catch (IOException e) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.strip().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f.length > 9 && f[1].endsWith(hexPort) && LISTEN.equals(f[3])) {
                    return OptionalLong.of(Long.parseLong(f[9]));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The process with the socket among its open files; only the same user's processes can be looked into. */
    private static long ownerOf(long inode) {
        String target = "socket:[" + inode + "]";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (target.equals(readLink(fd))) {
                            return Long.parseLong(proc.getFileName().toString());
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // another user's process, or gone meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** "interviewiq serve --port 0" for our own CLI however it was started (jar, class path, installed image). */
    static String commandOf(long pid) {
        return ProcessHandle.of(pid).map(h -> {
            List<String> args = arguments(h);
            int jar = args.indexOf("-jar");
            int main = args.indexOf(MAIN_CLASS);
            int from = main >= 0 ? main + 1 : jar >= 0 && jar + 1 < args.size() ? jar + 2 : -1;
            if (from >= 0) {
                return ("interviewiq " + String.join(" ", withoutDataDir(args.subList(from, args.size())))).strip();
            }
            String command = h.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
            return command.equals("interviewiq") ? ("interviewiq " + String.join(" ", withoutDataDir(args))).strip() : command;
        }).orElse("");
    }

    /** The JDK drops the arguments of a long command line (a test's class path); /proc has them all. */
    private static List<String> arguments(ProcessHandle h) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(h.pid()), "cmdline"));
            List<String> all = List.of(cmdline.split("\u0000"));
            return all.isEmpty() ? all : all.subList(1, all.size());
        } catch (IOException | RuntimeException e) {
            return h.info().arguments().map(List::of).orElse(List.of());
        }
    }

    /** The data dir is the one the user named already; the sentence stays short without it. */
    private static List<String> withoutDataDir(List<String> args) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("--data-dir=")) {
                out.add(a);
            }
        }
        return out;
    }
}
