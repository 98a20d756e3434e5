package com.interviewiq.engine.evaluation.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.json.JsonSupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a batch file: a JSON array of {"questionKey", "answer"} (optionally "kind" and "met"). */
public final class BatchFile {
    /** Far above any real batch; keeps a wrong file (a database dump) from filling the heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private BatchFile() {
    }

    /** The items in file order; one {@link IllegalArgumentException} naming the file, the item and the field otherwise. */
    public static List<BatchItem> read(Path file) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; split the batch");
            }
            root = JsonSupport.mapper().readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": must hold a JSON array of {\"questionKey\", \"answer\"} objects");
        }
        List<BatchItem> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            items.add(item(file, i, root.get(i)));
        }
        return items;
    }

    private static BatchItem item(Path file, int i, JsonNode node) {
        String where = file + ": item " + i;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object with \"questionKey\" and \"answer\"");
        }
        String key = text(node, "questionKey", where, true);
        String answer = text(node, "answer", where, true);
        String kind = text(node, "kind", where, false);
        List<Boolean> met = null;
        JsonNode m = node.get("met");
        if (m != null && !m.isNull()) {
            if (!m.isArray()) {
                throw new IllegalArgumentException(where + ": \"met\" must be an array of true/false, one per rubric criterion");
            }
            met = new ArrayList<>();
            for (JsonNode b : m) {
                if (!b.isBoolean()) {
                    throw new IllegalArgumentException(where + ": \"met\" must hold only true or false");
                }
                met.add(b.booleanValue());
            }
        }
        return new BatchItem(key, answer, kind, met);
    }

    private static String text(JsonNode node, String field, String where, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
        }
        return v.textValue();
    }
}
