package com.interviewiq.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * settings.json in the data directory: a flat JSON object keyed by {@link SettingKey#fileKey()}.
 * Written atomically (temp file + move) and readable only by its owner when it holds a password.
 */
public final class SettingsFile {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SettingsFile() {
    }

    /** Reads the file; a missing file is an empty map. */
    public static Map<SettingKey, String> read(Path file) {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        if (!Files.exists(file)) {
            return values;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SettingsException("the settings file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "); fix or delete it");
        } catch (IOException e) {
            throw new SettingsException("cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SettingsException("the settings file " + file + " must hold a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            SettingKey key = byFileKey(field.getKey());
            if (key == null) {
                LOG.warn("ignoring unknown setting '{}' in {}", field.getKey(), file);
                continue;
            }
            JsonNode v = field.getValue();
            if (v.isNull()) {
                continue;
            }
            if (!v.isValueNode()) {
                throw new SettingsException("setting '" + field.getKey() + "' in " + file + " must be a plain value");
            }
            values.put(key, v.asText());
        }
        return values;
    }

    /** Replaces the file with these values, atomically. */
    public static void write(Path file, Map<SettingKey, String> values) {
        ObjectNode root = JSON.createObjectNode();
        for (SettingKey key : SettingKey.values()) {
            String v = values.get(key);
            if (v != null) {
                putTyped(root, key, v);
            }
        }
        boolean holdsSecret = values.get(SettingKey.DATABASE_PASSWORD) != null
                && !values.get(SettingKey.DATABASE_PASSWORD).isEmpty();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            try {
                if (posix()) {
                    // restrict before the secret is written, not after
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(holdsSecret ? "rw-------" : "rw-r--r--"));
                }
                Files.write(tmp, JSON.writeValueAsBytes(root));
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SettingsException("cannot write the settings file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void putTyped(ObjectNode root, SettingKey key, String v) {
        switch (key) {
            case ASYNC_ENABLED, MONITORING_ENABLED -> root.put(key.fileKey(), Boolean.parseBoolean(v));
            case POOL_SIZE, MAX_OVERFLOW, SAMPLE_INTERVAL_MILLIS -> {
                try {
                    root.put(key.fileKey(), Long.parseLong(v));
                } catch (NumberFormatException e) {
                    root.put(key.fileKey(), v);
                }
            }
            default -> root.put(key.fileKey(), v);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static SettingKey byFileKey(String name) {
        for (SettingKey k : SettingKey.values()) {
            if (k.fileKey().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
