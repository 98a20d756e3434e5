package com.interviewiq.engine.transfer;

import com.interviewiq.engine.validation.FieldError;

import java.util.List;

/** What a file held: the rows that could be read, and every problem found while reading. */
public record ParsedFile(List<ParsedRow> rows, List<FieldError> errors) {
    public ParsedFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
