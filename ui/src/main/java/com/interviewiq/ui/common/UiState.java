package com.interviewiq.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the console remembers between runs (theme, window size and position), in ui-state.json in
 * the data directory: the installed app writes nowhere else.
 */
public final class UiState {
    private static final Logger LOG = LoggerFactory.getLogger(UiState.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private boolean dark;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width = 1280;
    private double height = 800;

    private UiState(Path file) {
        this.file = file;
    }

    public static UiState load(Path dataDir) {
        UiState s = new UiState(dataDir.resolve("ui-state.json"));
        if (Files.exists(s.file)) {
            try {
                ObjectNode n = (ObjectNode) JSON.readTree(s.file.toFile());
                s.dark = n.path("dark").asBoolean(false);
                s.x = n.path("x").asDouble(Double.NaN);
                s.y = n.path("y").asDouble(Double.NaN);
                s.width = Math.max(800, n.path("width").asDouble(1280));
                s.height = Math.max(560, n.path("height").asDouble(800));
            } catch (IOException | ClassCastException e) {
                LOG.warn("ignoring unreadable {}: {}", s.file, e.toString());
            }
        }
        return s;
    }

    public void save() {
        ObjectNode n = JSON.createObjectNode().put("dark", dark).put("width", width).put("height", height);
        if (!Double.isNaN(x)) {
            n.put("x", x).put("y", y);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".ui-state", ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save {}: {}", file, e.toString());
        }
    }

    public boolean dark() {
        return dark;
    }

    public void dark(boolean value) {
        dark = value;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void bounds(double newX, double newY, double newWidth, double newHeight) {
        x = newX;
        y = newY;
        width = newWidth;
        height = newHeight;
    }
}
