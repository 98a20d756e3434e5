package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.data.BackupFile;
import com.interviewiq.engine.data.Backups;
import com.interviewiq.engine.data.DataException;
import com.interviewiq.engine.data.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "data", description = "Backups, restore and the portable archive of all data.", mixinStandardHelpOptions = true,
        subcommands = {DataCommand.Backup.class, DataCommand.ListBackups.class, DataCommand.RestoreCmd.class,
                DataCommand.Export.class, DataCommand.Import.class})
final class DataCommand {
    @Mixin
    GlobalOptions global;

    @Command(name = "backup", description = "Write a consistent online backup (a ZIP, 0600) of the laptop database; "
            + "safe while the console runs.", mixinStandardHelpOptions = true)
    static final class Backup extends EngineCommand {
        @Option(names = "--to", paramLabel = "FILE", description = "Where to write it (default: <data dir>/backups/interviewiq-<time>.zip)")
        Path to;

        @Override
        public Integer call() throws Exception {
            Settings settings = options().settings();
            if (!Backups.supports(settings.database())) {
                throw new DataException(Backups.notH2(settings.database()));
            }
            return super.call();
        }

        @Override
        int run(Engine engine) {
            BackupFile file = await(engine.backups().backupNow(to));
            out().printf(Locale.ROOT, "Backed up to %s (%,d bytes).%n", file.path(), file.bytes());
            out().flush();
            return 0;
        }
    }

    @Command(name = "backups", description = "List the backups in <data dir>/backups, newest first.", mixinStandardHelpOptions = true)
    static final class ListBackups implements Callable<Integer> {
        @Mixin
        GlobalOptions global;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Settings settings = GlobalOptions.merged(spec).settings();
            PrintWriter out = spec.commandLine().getOut();
            var list = new Backups(null, settings.database(), settings.dataDir().resolve("backups"), Clock.systemUTC()).list();
            for (BackupFile b : list) {
                out.printf(Locale.ROOT, "%s  %-9s %,12d bytes  %s%n", b.created(), b.automatic() ? "daily" : "manual", b.bytes(), b.path());
            }
            out.println(list.size() + " backup(s).");
            out.flush();
            return 0;
        }
    }

    @Command(name = "restore", description = "Replace the laptop database with a backup (the one it replaces is kept "
            + "in <data dir>/backups). Refuses while another process holds the database.", mixinStandardHelpOptions = true)
    static final class RestoreCmd implements Callable<Integer> {
        @Mixin
        GlobalOptions global;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "A backup ZIP") Path file;
        @Option(names = "--yes", description = "Do not ask for confirmation") boolean yes;

        @Override
        public Integer call() {
            Settings settings = GlobalOptions.merged(spec).settings();
            PrintWriter out = spec.commandLine().getOut();
            if (!Confirm.confirmed(yes, "This replaces the database " + settings.database().location() + " with "
                    + file + " (the current one is kept in the backups folder).", out)) {
                return 1;
            }
            Restore.Result r = Restore.restore(settings.database(), file.toAbsolutePath(),
                    settings.dataDir().resolve("backups"), Clock.systemUTC());
            out.printf(Locale.ROOT, "Restored %s: %d session(s), %d question(s).%s%n", file, r.sessions(), r.questions(),
                    r.keptAs() == null ? "" : " The database it replaced is kept as " + r.keptAs() + ".");
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", description = "Write everything (questions, sessions, answers, evaluations, notes) as one "
            + "portable JSON archive (0600), streamed.", mixinStandardHelpOptions = true)
    static final class Export extends EngineCommand {
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        int run(Engine engine) {
            long start = System.nanoTime();
            var summary = engine.archiveExport().write(file.toAbsolutePath(), new ProgressLine(err(), "exported", "sessions"));
            out().printf(Locale.ROOT, "Exported %d question(s), %d session(s) and %d answer(s) to %s (%,d bytes) in %.1f s.%n",
                    summary.questions(), summary.sessions(), summary.answers(), file, summary.bytes(),
                    (System.nanoTime() - start) / 1e9);
            out().flush();
            return 0;
        }
    }

    @Command(name = "import", description = "Load an archive into this database in one transaction: questions by key "
            + "(skipped if present), sessions appended with new ids. A damaged archive imports nothing.",
            mixinStandardHelpOptions = true)
    static final class Import extends EngineCommand {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--dry-run", description = "Check the archive and say what would be imported") boolean dryRun;
        @Option(names = "--update", description = "Replace questions whose key exists") boolean update;

        @Override
        int run(Engine engine) {
            long start = System.nanoTime();
            var report = await(engine.archiveImport().run(file.toAbsolutePath(), update, dryRun,
                    new ProgressLine(err(), "imported", "sessions")));
            out().printf(Locale.ROOT, "%s (%.1f s)%n", report.sentence(), (System.nanoTime() - start) / 1e9);
            out().flush();
            return 0;
        }
    }
}
