package com.interviewiq.app;

import com.interviewiq.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "candidates", description = "Candidates' personal data.", mixinStandardHelpOptions = true,
        subcommands = {CandidatesCommand.Erase.class})
final class CandidatesCommand {
    @Mixin
    GlobalOptions global;

    @Command(name = "erase", description = "Erase every session, answer, evaluation and note of one candidate "
            + "(exact name); nothing else is touched.", mixinStandardHelpOptions = true)
    static final class Erase extends EngineCommand {
        @Parameters(paramLabel = "NAME", description = "The candidate's name, exactly as stored") String name;
        @Option(names = "--dry-run", description = "Only say what would be erased") boolean dryRun;
        @Option(names = "--yes", description = "Do not ask for confirmation") boolean yes;

        @Override
        int run(Engine engine) {
            var preview = await(engine.eraser().eraseCandidate(name, true));
            if (preview.sessions() == 0) {
                out().println("No sessions of a candidate named exactly '" + name + "'; nothing erased.");
                out().flush();
                return dryRun ? 0 : 1;
            }
            if (dryRun) {
                out().println("Would erase " + preview.sentence() + ".");
                out().flush();
                return 0;
            }
            if (!Confirm.confirmed(yes, "This erases " + preview.sentence() + " of this candidate.", out())) {
                return 1;
            }
            var erased = await(engine.eraser().eraseCandidate(name, false));
            out().println("Erased " + erased.sentence() + ".");
            out().flush();
            return 0;
        }
    }
}
