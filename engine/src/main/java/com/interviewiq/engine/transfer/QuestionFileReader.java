package com.interviewiq.engine.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.validation.FieldError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads question bank files (JSON "interviewiq-questions/1" or CSV) into drafts, collecting
 * every problem with its row and field instead of stopping at the first.
 */
public final class QuestionFileReader {
    public static final String FORMAT = "interviewiq-questions/1";
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final List<String> CSV_HEADER = List.of("key", "category", "difficulty", "title", "prompt", "tags",
            "time_limit_seconds", "status", "rubric");
    private static final Set<String> JSON_FIELDS = Set.of("key", "category", "difficulty", "title", "prompt", "tags",
            "timeLimitSeconds", "status", "rubric");

    private QuestionFileReader() {
    }

    public static ParsedFile read(Path file, ImportFormat format) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportFileException("file not found: " + file);
        } catch (IOException e) {
            throw new ImportFileException("cannot read " + file + ": " + e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw new ImportFileException(file + " is " + size / (1024 * 1024) + " MB; the limit is 50 MB. Split it"
                    + " into smaller files");
        }
        try {
            return parse(Files.readAllBytes(file), format, file.toString());
        } catch (IOException e) {
            throw new ImportFileException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public static ParsedFile parse(byte[] bytes, ImportFormat format, String name) {
        String text = decodeUtf8(bytes, name);
        return format == ImportFormat.JSON ? parseJson(text, name) : parseCsv(text, name);
    }

    private static String decodeUtf8(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileException(name + " is not UTF-8 text; save it as UTF-8 and import again");
        }
    }

    private static ParsedFile parseJson(String text, String name) {
        JsonNode root;
        try {
            root = JsonSupport.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            // a limit (nesting 1,000 deep, a huge number) has no location: say what was hit
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ImportFileException(name + " is not valid JSON" + where + ": " + JsonSupport.problem(e));
        }
        if (root == null || !root.isObject()) {
            throw new ImportFileException(name + " must hold a JSON object with \"format\" and \"questions\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new ImportFileException(name + " has no \"format\"; expected \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(format.asText())) {
            throw new ImportFileException(name + " has format \"" + format.asText() + "\", which this version cannot"
                    + " read; expected \"" + FORMAT + "\"");
        }
        JsonNode questions = root.get("questions");
        if (questions == null || !questions.isArray()) {
            throw new ImportFileException(name + " has no \"questions\" array");
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String label = "questions[" + i + "]";
            JsonRow row = new JsonRow(questions.get(i), label, errors);
            QuestionDraft draft = row.draft();
            if (draft != null) {
                rows.add(new ParsedRow(label, draft));
            }
        }
        return new ParsedFile(rows, withDuplicateKeys(rows, errors));
    }

    private static ParsedFile parseCsv(String text, String name) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ImportFileException(name + ": " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ImportFileException(name + " is empty; expected the header " + String.join(",", CSV_HEADER));
        }
        List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
        if (!Set.copyOf(header).equals(Set.copyOf(CSV_HEADER)) || header.size() != CSV_HEADER.size()) {
            throw new ImportFileException(name + " has the header " + String.join(",", header)
                    + "; expected " + String.join(",", CSV_HEADER));
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Csv.Record rec : records.subList(1, records.size())) {
            String label = "row " + rec.line();
            if (rec.fields().size() != header.size()) {
                errors.add(new FieldError(label, "row", "has " + rec.fields().size() + " fields; the header has "
                        + header.size()));
                continue;
            }
            QuestionDraft draft = new CsvRow(rec.fields(), col, label, errors).draft();
            if (draft != null) {
                rows.add(new ParsedRow(label, draft));
            }
        }
        return new ParsedFile(rows, withDuplicateKeys(rows, errors));
    }

    private static List<FieldError> withDuplicateKeys(List<ParsedRow> rows, List<FieldError> errors) {
        Map<String, String> firstSeen = new HashMap<>();
        List<FieldError> all = new ArrayList<>(errors);
        for (ParsedRow row : rows) {
            String key = row.draft().key();
            if (key == null) {
                continue;
            }
            String earlier = firstSeen.putIfAbsent(key.strip(), row.label());
            if (earlier != null) {
                all.add(new FieldError(row.label(), "key", "repeats the key '" + key + "' of " + earlier));
            }
        }
        return all;
    }

    /** Reads one JSON question, noting type errors as it goes. */
    private static final class JsonRow {
        private final JsonNode node;
        private final String label;
        private final List<FieldError> errors;
        private boolean ok = true;

        JsonRow(JsonNode node, String label, List<FieldError> errors) {
            this.node = node;
            this.label = label;
            this.errors = errors;
        }

        QuestionDraft draft() {
            if (node == null || !node.isObject()) {
                errors.add(new FieldError(label, "question", "must be a JSON object"));
                return null;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!JSON_FIELDS.contains(f)) {
                    fail(f, "is not a known field (known: " + String.join(", ", JSON_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            QuestionDraft d = new QuestionDraft(text("key"), text("category"), integer("difficulty"), text("title"),
                    text("prompt"), strings(node.get("tags"), "tags"), rubric(node.get("rubric")),
                    integer("timeLimitSeconds"), status());
            return ok ? d : null;
        }

        private void fail(String field, String message) {
            errors.add(new FieldError(label, field, message));
            ok = false;
        }

        private String text(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                fail(field, "must be text");
                return null;
            }
            return v.asText();
        }

        private Integer integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                fail(field, "must be a whole number, got " + v);
                return null;
            }
            return v.asInt();
        }

        private QuestionStatus status() {
            String s = text("status");
            if (s == null) {
                return null;
            }
            QuestionStatus status = QuestionStatus.parseOrNull(s);
            if (status == null) {
                fail("status", "must be draft or ready, got '" + s + "'");
            }
            return status;
        }

        private List<String> strings(JsonNode v, String field) {
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                fail(field, "must be an array of text");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    fail(field, "must be an array of text");
                    return List.of();
                }
                out.add(e.asText());
            }
            return out;
        }

        private List<RubricCriterion> rubric(JsonNode v) {
            List<RubricCriterion> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isArray()) {
                fail("rubric", "must be an array of {criterion, weight, keywords}");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode c = v.get(i);
                String at = "rubric[" + i + "]";
                if (!c.isObject()) {
                    fail(at, "must be an object {criterion, weight, keywords}");
                    continue;
                }
                JsonNode crit = c.get("criterion");
                JsonNode weight = c.get("weight");
                if (crit != null && !crit.isTextual()) {
                    fail(at + ".criterion", "must be text");
                }
                if (weight == null || !weight.isIntegralNumber()) {
                    fail(at + ".weight", "must be a whole number 1..10");
                }
                for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!Set.of("criterion", "weight", "keywords", "examples").contains(f)) {
                        fail(at + "." + f, "is not a known field (known: criterion, weight, keywords, examples)");
                    }
                }
                out.add(new RubricCriterion(crit == null ? null : crit.asText(), weight == null ? 0 : weight.asInt(),
                        strings(c.get("keywords"), at + ".keywords"), strings(c.get("examples"), at + ".examples")));
            }
            return out;
        }
    }

    /** Reads one CSV record. */
    private static final class CsvRow {
        private final List<String> fields;
        private final Map<String, Integer> col;
        private final String label;
        private final List<FieldError> errors;
        private boolean ok = true;

        CsvRow(List<String> fields, Map<String, Integer> col, String label, List<FieldError> errors) {
            this.fields = fields;
            this.col = col;
            this.label = label;
            this.errors = errors;
        }

        QuestionDraft draft() {
            String tags = get("tags");
            List<String> tagList = tags.isBlank() ? List.of()
                    : List.of(tags.split(";")).stream().map(String::strip).toList();
            QuestionStatus status = null;
            if (!get("status").isBlank()) {
                status = QuestionStatus.parseOrNull(get("status"));
                if (status == null) {
                    fail("status", "must be draft or ready, got '" + get("status") + "'");
                }
            }
            QuestionDraft d = new QuestionDraft(nullIfBlank(get("key")), nullIfBlank(get("category")),
                    integer("difficulty"), nullIfBlank(get("title")), nullIfBlank(get("prompt")), tagList, rubric(),
                    integer("time_limit_seconds"), status);
            return ok ? d : null;
        }

        private String get(String column) {
            return fields.get(col.get(column));
        }

        private void fail(String field, String message) {
            errors.add(new FieldError(label, field, message));
            ok = false;
        }

        private Integer integer(String column) {
            String v = get(column).strip();
            if (v.isEmpty()) {
                return null;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                fail(column, "must be a whole number, got '" + v + "'");
                return null;
            }
        }

        private List<RubricCriterion> rubric() {
            String v = get("rubric").strip();
            if (v.isEmpty()) {
                return List.of();
            }
            try {
                JsonNode node = JsonSupport.mapper().readTree(v);
                ParsedFile wrapped = parseJson(JsonSupport.mapper().createObjectNode().put("format", FORMAT)
                        .set("questions", JsonSupport.mapper().createArrayNode().add(JsonSupport.mapper()
                                .createObjectNode().set("rubric", node))).toString(), label);
                if (!wrapped.errors().isEmpty()) {
                    for (FieldError e : wrapped.errors()) {
                        fail(e.field(), e.message());
                    }
                    return List.of();
                }
                return wrapped.rows().getFirst().draft().rubric();
            } catch (JsonProcessingException e) {
                fail("rubric", "must be a JSON array of {criterion, weight, keywords}: " + e.getOriginalMessage());
                return List.of();
            }
        }

        private static String nullIfBlank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
