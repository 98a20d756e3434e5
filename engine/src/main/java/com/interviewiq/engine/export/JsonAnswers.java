package com.interviewiq.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.interviewiq.engine.json.JsonSupport;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/** A JSON array of answer objects (camelCase keys, ISO instants, nulls kept), streamed. */
final class JsonAnswers implements AnswerWriter {
    private final JsonGenerator g;

    JsonAnswers(Writer out) throws IOException {
        // the generator must not close the writer: stdout belongs to the caller
        g = JsonSupport.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
    }

    @Override
    public void write(AnswerRow a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sessionId", a.sessionId());
        g.writeStringField("candidate", a.candidate());
        g.writeStringField("interviewer", a.interviewer());
        instant("sessionStarted", a.sessionStarted());
        instant("sessionFinished", a.sessionFinished());
        instant("answeredAt", a.answeredAt());
        g.writeStringField("questionKey", a.questionKey());
        g.writeStringField("questionTitle", a.questionTitle());
        g.writeStringField("category", a.category());
        g.writeNumberField("difficulty", a.difficulty());
        g.writeBooleanField("skipped", a.skipped());
        number("score", a.score());
        number("overrideScore", a.overrideScore());
        g.writeStringField("overrideNote", a.overrideNote());
        g.writeStringField("evaluatorSource", a.evaluatorSource());
        g.writeStringField("evaluatorDetail", a.evaluatorDetail());
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeRaw('\n');
        g.close();
    }

    private void instant(String field, Instant t) throws IOException {
        g.writeStringField(field, t == null ? null : t.toString());
    }

    private void number(String field, Integer n) throws IOException {
        if (n == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, n);
        }
    }
}
