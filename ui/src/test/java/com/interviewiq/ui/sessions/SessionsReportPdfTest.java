package com.interviewiq.ui.sessions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.sessions.InterviewSession;
import com.interviewiq.engine.sessions.NewSession;
import com.interviewiq.engine.sessions.NextStep;
import com.interviewiq.engine.sessions.SessionReport;
import com.interviewiq.engine.sessions.SessionService;
import com.interviewiq.ui.common.FxScene;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import javax.print.PrintServiceLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Export PDF… and Print… on the Sessions screen, on a real engine. */
class SessionsReportPdfTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private Engine engine;
    private final FxRobot robot = new FxRobot();
    private SessionsScreenDriver screen;
    private long id;

    @BeforeEach
    void open() throws Exception {
        engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(SettingKey.POOL_SIZE, "4"), Map.of(), Map.of()));
        get(engine.transfer().importSampleBank());
        SessionService s = engine.sessions();
        InterviewSession session = get(s.create(new NewSession("山田 太郎", "Zoë Ångström", List.of("Java", "SQL"), 2, null)));
        get(s.start(session.id()));
        for (int i = 0; i < 2; i++) {
            NextStep step = get(s.next(session.id()));
            get(s.submit(session.id(), step.question().id(), "an answer about " + step.question().title(), 1000));
        }
        id = session.id();
        FxToolkit.registerPrimaryStage();
        screen = SessionsScreenDriver.show(engine, dataDir);
        screen.openReport(id);
        await().atMost(WAIT).until(() -> !FxScene.disabled(robot, "#exportPdf"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        engine.close();
    }

    @Test
    void exportWritesTheShownReportAsAPrivatePdf() throws Exception {
        SessionReport report = get(engine.sessions().report(id));
        Path pdf = dataDir.resolve("shared").resolve("report.pdf");
        Files.createDirectories(pdf.getParent());

        screen.exportTo(pdf);

        await().atMost(WAIT).until(() -> FxScene.text(robot, "#reportMessage").startsWith("Saved"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("山田 太郎", "Interviewer Zoë Ångström");
            for (SessionReport.TimelineEntry e : report.timeline()) {
                assertThat(text).contains(e.questionTitle());
            }
        }
    }

    @Test
    void printWithoutAPrinterSaysSo() {
        assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer: the dialog would wait");
        robot.clickOn("#printReport");
        await().atMost(WAIT).until(() -> FxScene.text(robot, "#reportMessage").equals(ReportPrinter.NO_PRINTER));
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
