package com.interviewiq.app;

import com.interviewiq.engine.config.Settings;
import com.interviewiq.engine.config.SettingsException;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.validate.Check;
import com.interviewiq.engine.validate.ValidationReport;
import com.interviewiq.engine.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check settings, database, schema and pools; exit 0 when all pass, 1 otherwise.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Print one JSON document instead of lines.")
    boolean json;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        GlobalOptions global = GlobalOptions.merged(spec);
        PrintWriter out = spec.commandLine().getOut();
        List<Mode> modes = modes(global);
        ValidationReport report;
        Settings settings = null;
        try {
            settings = global.withoutMode().settings();
            report = Validator.run(settings, modes);
        } catch (SettingsException e) {
            report = Validator.settingsFailed(e.getMessage());
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", report.ok());
            doc.put("database", settings == null ? null : settings.database().location());
            doc.put("modes", modes.stream().map(Mode::label).toList());
            doc.put("checks", report.checks());
            Json.print(out, doc);
        } else {
            for (Check c : report.checks()) {
                String name = c.mode() == null ? c.name() : c.name() + " (" + c.mode() + ")";
                out.printf(Locale.ROOT, "%-4s %-38s %s%n", c.ok() ? "OK" : "FAIL", name, c.detail());
            }
            out.println(report.ok() ? "All checks passed." : "Some checks failed.");
            out.flush();
        }
        return report.ok() ? 0 : 1;
    }

    private static List<Mode> modes(GlobalOptions global) {
        String m = global.mode == null ? "both" : global.mode.trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "both" -> List.of(Mode.SYNC, Mode.ASYNC);
            case "sync" -> List.of(Mode.SYNC);
            case "async" -> List.of(Mode.ASYNC);
            default -> throw new UsageException("--mode must be sync, async or both, got '" + global.mode + "'");
        };
    }
}
