package com.interviewiq.engine.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input was rejected; nothing was written. Lists every invalid field. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.getFirst().toString();
        }
        int shown = Math.min(5, errors.size());
        String first = errors.subList(0, shown).stream().map(FieldError::toString).collect(Collectors.joining("; "));
        return errors.size() + " problems: " + first + (errors.size() > shown ? "; …" : "");
    }
}
