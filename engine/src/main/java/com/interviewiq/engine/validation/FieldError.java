package com.interviewiq.engine.validation;

/** One invalid field: where (row or index, may be null), which field, and why. */
public record FieldError(String row, String field, String message) {
    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public FieldError atRow(String rowLabel) {
        return new FieldError(rowLabel, field, message);
    }

    @Override
    public String toString() {
        return (row == null ? "" : row + ": ") + field + ": " + message;
    }
}
