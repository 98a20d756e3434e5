package com.interviewiq.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** `sessions report ID --pdf FILE` on a fresh data dir with one simulated interview. */
class ReportPdfCliTest {
    @TempDir
    Path dataDir;
    private long id;

    private Cli run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return Cli.run(all);
    }

    @BeforeEach
    void oneInterview() throws Exception {
        Cli sim = run("simulate", "--sessions", "1", "--concurrency", "1", "--questions", "4", "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        id = Json.MAPPER.readTree(run("sessions", "list", "--json").out()).get(0).get("id").asLong();
    }

    @Test
    void thePdfHoldsTheReportAndIsTheUsersOnly() throws Exception {
        JsonNode report = Json.MAPPER.readTree(run("sessions", "report", Long.toString(id), "--json").out());
        Path pdf = dataDir.resolve("out").resolve("report.pdf");

        Cli written = run("sessions", "report", Long.toString(id), "--pdf", pdf.toString(), "--paper", "letter");

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("Wrote " + pdf + " (").contains("Letter");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(report.get("candidate").asText(), "Interviewer " + report.get("interviewer").asText(),
                    String.format(Locale.ROOT, "%.1f", report.get("overallScore").asDouble()));
            assertThat(report.get("timeline")).hasSize(4);
            for (JsonNode entry : report.get("timeline")) {
                assertThat(text).contains(entry.get("questionTitle").asText());
            }
        }
    }

    @Test
    void theLocaleChoosesThePaperUnlessTold() throws Exception {
        Path pdf = dataDir.resolve("default.pdf");
        assertThat(run("sessions", "report", Long.toString(id), "--pdf", pdf.toString()).exitCode()).isZero();
        float expected = com.interviewiq.ui.reports.Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT)).width();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(expected);
        }
        Path a4 = dataDir.resolve("a4.pdf");
        assertThat(run("sessions", "report", Long.toString(id), "--pdf", a4.toString(), "--paper", "A4").out()).contains("A4");
    }

    @Test
    void mistakesAreOneClearLineAndWriteNothing() throws Exception {
        Path pdf = dataDir.resolve("x.pdf");
        Cli unknown = run("sessions", "report", "999999", "--pdf", pdf.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("session 999999 does not exist");
        assertThat(pdf).doesNotExist();

        Files.writeString(dataDir.resolve("a-file"), "not a folder");
        Path bad = dataDir.resolve("a-file").resolve("r.pdf");
        Cli badPath = run("sessions", "report", Long.toString(id), "--pdf", bad.toString());
        assertThat(badPath.exitCode()).isEqualTo(1);
        assertThat(badPath.err().strip().lines()).hasSize(1);
        assertThat(badPath.err()).startsWith("interviewiq: cannot write " + bad + ": ").contains("a-file is a file, not a folder");

        Cli paper = run("sessions", "report", Long.toString(id), "--pdf", pdf.toString(), "--paper", "a5");
        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).startsWith("interviewiq: --paper must be a4 or letter, got 'a5'");
        assertThat(run("sessions", "report", Long.toString(id), "--paper", "a4").err()).startsWith("interviewiq: --paper goes with --pdf FILE");
        assertThat(run("sessions", "report", Long.toString(id), "--pdf", pdf.toString(), "--json").exitCode()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }
}
