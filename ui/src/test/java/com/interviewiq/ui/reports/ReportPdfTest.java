package com.interviewiq.ui.reports;

import com.interviewiq.engine.sessions.SessionReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report PDF read back with PDFBox: what the screen shows, on the locale's paper, fonts embedded. */
class ReportPdfTest {
    @TempDir
    Path dir;

    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void thePdfHoldsWhoWhenTheScoreAndEveryQuestionInAnyScript() throws Exception {
        SessionReport report = SampleReports.report("Zoë Ångström", "Дмитрий Иванов", 1);
        Path file = dir.resolve("report.pdf");
        ReportPdf.Written written = ReportPdf.write(report, file, Paper.A4);

        assertThat(written.missing()).as("this machine has a CJK font (.ci/run installs fonts-wqy-zenhei)").isEmpty();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = text(doc);
            assertThat(text).contains("Zoë Ångström", "Interviewer Дмитрий Иванов", "Completed", "72.5", "INTERVIEW REPORT",
                    "Strengths", "Gaps", "Timeline", "Ana Müller", "Missed: NULL handling");
            String joined = text.replaceAll("\\s+", " ");
            assertThat(joined).contains("remote-fallback the remote evaluator did not answer within 30 s; the rubric scored it");
            for (String title : SampleReports.TITLES) {
                assertThat(joined).as("wrapped lines joined").contains(title);
            }
            assertThat(text).contains("山田 太郎").contains("Дмитрий: транзакции");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
                }
            }
        }
        assertThat(written.pages()).isEqualTo(2);
    }

    @Test
    void thePaperFollowsTheLocaleAndTheOptionOverridesIt() throws Exception {
        assertThat(Paper.forLocale(Locale.US)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.CANADA_FRENCH)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.of("es", "MX"))).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.of("en", "PH"))).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.GERMANY)).isEqualTo(Paper.A4);
        assertThat(Paper.forLocale(Locale.UK)).isEqualTo(Paper.A4);
        assertThat(Paper.forLocale(Locale.JAPAN)).isEqualTo(Paper.A4);
        assertThat(Paper.forLocale(Locale.ENGLISH)).as("no country").isEqualTo(Paper.A4);
        assertThat(Paper.parse("Letter")).isEqualTo(Paper.LETTER);
        assertThatThrownBy(() -> Paper.parse("a5")).hasMessage("--paper must be a4 or letter, got 'a5'");

        SessionReport report = SampleReports.report("Ada", "Bob", 1);
        try (PDDocument letter = Loader.loadPDF(ReportPdf.bytes(report, Paper.LETTER));
             PDDocument a4 = Loader.loadPDF(ReportPdf.bytes(report, Paper.A4))) {
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void theFileIsTheUsersOnlyAndABadPathSaysWhichInOneLine() throws Exception {
        Path file = dir.resolve("out").resolve("r.pdf");
        ReportPdf.write(SampleReports.report("Ada", "Bob", 1), file, Paper.A4);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> ReportPdf.write(SampleReports.report("Ada", "Bob", 1), dir.resolve("a-file/r.pdf"), Paper.A4))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("a-file").hasMessageNotContaining("\n");
    }

    @Test
    void aCharacterNoFontHasIsPrintedAsAQuestionMarkAndListed() throws Exception {
        SessionReport report = SampleReports.report("山田 太郎", "Bob", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.Written written = ReportPdf.write(report, out, Paper.A4, List.of()); // no fallback fonts at all

        assertThat(written.missing()).contains("山", "田", "太", "郎");
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(doc)).contains("?? ??").contains("Some characters are printed as '?'");
        }
    }

    @Test
    void aLongTimelineBreaksBetweenRowsAndRepeatsTheHeader() throws Exception {
        SessionReport report = SampleReports.report("Zoë Ångström", "Дмитрий Иванов", 6);
        Path file = dir.resolve("long.pdf");
        ReportPdf.Written written = ReportPdf.write(report, file, Paper.LETTER);

        assertThat(written.pages()).isGreaterThan(3);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).as("page " + p).contains("Question", "Your score", "Evaluator", "Page " + p + " of " + written.pages());
            }
            // for a look at a page break (target/report-pdf)
            Files.createDirectories(Path.of("target", "report-pdf"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 80), "png", Path.of("target", "report-pdf", "long-page2.png").toFile());
        }
    }

    @Test
    void noTextRunsIntoTheMargins() throws Exception {
        SessionReport report = SampleReports.report("Zoë Ångström", "Дмитрий Иванов", 2);
        for (Paper paper : Paper.values()) {
            try (PDDocument doc = Loader.loadPDF(ReportPdf.bytes(report, paper))) {
                float[] extent = {Float.MAX_VALUE, 0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        for (var p : positions) {
                            extent[0] = Math.min(extent[0], p.getXDirAdj());
                            extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
                        }
                    }
                };
                stripper.getText(doc);
                assertThat(extent[0]).as(paper + " left").isGreaterThanOrEqualTo(47.5f);
                assertThat(extent[1]).as(paper + " right").isLessThanOrEqualTo(paper.width() - 47.5f);
            }
        }
    }

    /** Renders the sample report's pages for docs/screenshots (copied from target by hand when the layout changes). */
    @Test
    void thePagesRenderAsImages() throws Exception {
        SessionReport report = SampleReports.report("Zoë Ångström", "Дмитрий Иванов", 1);
        Path out = Path.of("target", "report-pdf");
        Files.createDirectories(out);
        List<Path> pngs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(ReportPdf.bytes(report, Paper.A4))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path png = out.resolve("report-pdf-page" + (i + 1) + ".png");
                ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", png.toFile());
                pngs.add(png);
            }
        }
        assertThat(pngs).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
