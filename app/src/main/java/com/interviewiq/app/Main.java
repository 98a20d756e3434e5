package com.interviewiq.app;

import com.interviewiq.engine.config.DataDirs;
import com.interviewiq.engine.config.SettingsException;
import com.interviewiq.engine.db.DatabaseException;
import com.interviewiq.engine.data.DataException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one executable: CLI commands and the GUI launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        prepareLogging(args, System.getenv());
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs a command line and returns the exit code: 0 ok, 1 failed, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, out, err, env, new GuiLauncher());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, GuiLauncher gui) {
        RootCommand root = new RootCommand();
        root.global.env = env;
        root.guiLauncher = gui;
        CommandLine cli = new CommandLine(root);
        for (Class<?> command : commandsNamedIn(args)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.expandedArgs().contains("--verbose");
            if (e instanceof UsageException) {
                err.println("interviewiq: " + e.getMessage());
                commandLine.usage(err);
                return 2;
            }
            err.println("interviewiq: " + oneSentence(e));
            if (verbose) {
                e.printStackTrace(err);
            } else if (!(e instanceof SettingsException || e instanceof DatabaseException || e instanceof DataException)) {
                err.println("(run again with --verbose for details)");
            }
            err.flush();
            return 1;
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.setOut(out);
            sub.setErr(err);
        }
        return cli.execute(args);
    }

    /**
     * The commands whose name appears among the arguments; none for no arguments at all (the desktop
     * launcher's start, which opens the console); else, when none is named, all of them (help and a
     * mistyped name list them all). Every named one, not just the first, so an option's value that
     * happens to be a command's name cannot hide the real command.
     */
    static List<Class<?>> commandsNamedIn(String[] args) {
        if (args.length == 0) {
            return List.of();
        }
        Set<String> words = new HashSet<>(Arrays.asList(args));
        List<Class<?>> named = RootCommand.COMMANDS.stream()
                .filter(c -> words.contains(c.getAnnotation(CommandLine.Command.class).name()))
                .toList();
        return named.isEmpty() ? RootCommand.COMMANDS : named;
    }

    private static String oneSentence(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /**
     * Logs name databases, hosts and interviewers (never answers or notes): the folder is 0700 and
     * the file is made 0600 before logback opens it (its rolled files stay in the folder).
     */
    static void privateLog(Path logs) {
        com.interviewiq.engine.data.PrivateFiles.privateFolder(logs);
        Path file = logs.resolve("interviewiq.log");
        try {
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Files.createFile(file);
            }
            com.interviewiq.engine.data.PrivateFiles.restrict(file);
        } catch (java.io.IOException e) {
            // logback reports what it cannot write; the 0700 folder guards the file meanwhile
        }
    }

    /** Points the rolling log file at the data directory before the first logger is created. */
    static void prepareLogging(String[] args, Map<String, String> env) {
        Path cliDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                cliDir = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data-dir=")) {
                cliDir = Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        try {
            Path logs = DataDirs.resolve(cliDir, env).resolve("logs");
            privateLog(logs);
            System.setProperty(LogSetup.LOG_DIR_PROPERTY, logs.toString());
        } catch (RuntimeException e) {
            // a bad path is reported by the command itself; logs then go to the temp dir
        }
    }
}
