package com.interviewiq.engine.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.json.JsonSupport;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cursor over an archive, one record at a time: {@code {"format", "exportedAt", "questions":
 * [...], "sessions": [...], "counts": {...}}} in that order (the order it is written in; questions
 * come first so that sessions can refer to them by key). Anything else, a damaged or truncated
 * file included, is one {@link DataException} naming the file and where.
 */
final class ArchiveReader implements Closeable {
    private final Path file;
    private final JsonParser parser;
    private String section = "";

    ArchiveReader(Path file) {
        this.file = file;
        try {
            this.parser = JsonSupport.mapper().getFactory().createParser(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new DataException(file + " does not exist");
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the format and stops at the first question. */
    void begin() {
        read(() -> {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"format".equals(parser.nextFieldName())) {
                throw notAnArchive();
            }
            String format = parser.nextTextValue();
            if (format == null) {
                throw notAnArchive();
            }
            if (!ArchiveExport.FORMAT.equals(format)) {
                throw new DataException(file + " is an archive of format '" + format + "', which this version cannot read"
                        + " (it reads " + ArchiveExport.FORMAT + "); nothing was imported");
            }
            String next = parser.nextFieldName();
            if ("exportedAt".equals(next)) {
                parser.nextToken();
                next = parser.nextFieldName();
            }
            enter("questions", next);
            return null;
        });
    }

    Optional<JsonNode> nextQuestion() {
        return next("questions", "sessions");
    }

    Optional<JsonNode> nextSession() {
        return next("sessions", "counts");
    }

    /** The counts the writer recorded, then the end of the document. */
    JsonNode end() {
        return read(() -> {
            if (!"counts".equals(section)) {
                throw damaged("the sessions are not followed by their counts");
            }
            JsonNode counts = JsonSupport.mapper().readTree(parser);
            if (parser.nextToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw damaged("there is more after the counts");
            }
            return counts;
        });
    }

    private Optional<JsonNode> next(String in, String following) {
        return read(() -> {
            if (!in.equals(section)) {
                throw damaged("'" + in + "' is not where it should be");
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                String name = parser.nextFieldName();
                if (following.equals("counts")) {
                    if (!"counts".equals(name)) {
                        throw damaged("the sessions are not followed by their counts");
                    }
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw damaged("'counts' is not an object");
                    }
                    section = "counts";
                } else {
                    enter(following, name);
                }
                return Optional.<JsonNode>empty();
            }
            if (t != JsonToken.START_OBJECT) {
                throw damaged("a record in '" + in + "' is not an object");
            }
            return Optional.of((JsonNode) JsonSupport.mapper().readTree(parser));
        });
    }

    private void enter(String expected, String name) throws IOException {
        if (!expected.equals(name)) {
            throw name == null ? damaged("'" + expected + "' is missing") : damaged("'" + name + "' comes where '" + expected + "' should");
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw damaged("'" + expected + "' is not a list");
        }
        section = expected;
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private <T> T read(Step<T> step) {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new DataException(file + " is damaged or truncated at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + " (" + JsonSupport.problem(e) + "); nothing was imported");
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
    }

    private DataException notAnArchive() {
        return new DataException(file + " is not an InterviewIQ archive (it does not start with {\"format\": \""
                + ArchiveExport.FORMAT + "\"}); nothing was imported");
    }

    private DataException damaged(String why) {
        JsonLocation at = parser.currentLocation();
        return new DataException(file + " is damaged at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                + why + "; nothing was imported");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only; nothing to lose
        }
    }
}
