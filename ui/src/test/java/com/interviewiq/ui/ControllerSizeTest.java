package com.interviewiq.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controllers only build and bind their view; behaviour belongs in view models, which are tested
 * without a screen. A controller past 250 lines has taken on behaviour again.
 */
class ControllerSizeTest {
    private static final int MAX_LINES = 250;
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([^\"]+)\"");

    @Test
    void noFxmlControllerIsOver250Lines() throws IOException {
        List<Path> fxml;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            fxml = files.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
        assertThat(fxml).as("the FXML views are found from the module directory").hasSizeGreaterThan(5);
        for (Path view : fxml) {
            Matcher m = CONTROLLER.matcher(Files.readString(view));
            assertThat(m.find()).as(view + " names its controller").isTrue();
            Path source = Path.of("src/main/java", m.group(1).replace('.', '/') + ".java");
            try (Stream<String> lines = Files.lines(source)) {
                assertThat(lines.count()).as(source.toString()).isLessThanOrEqualTo(MAX_LINES);
            }
        }
    }
}
