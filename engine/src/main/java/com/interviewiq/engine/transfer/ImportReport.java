package com.interviewiq.engine.transfer;

import com.interviewiq.engine.validation.FieldError;

import java.util.List;

/**
 * The outcome of an import. When {@code errors} is not empty nothing was written; the counts
 * then say what would have happened had the file been valid.
 */
public record ImportReport(int rows, int imported, int updated, int skipped, boolean dryRun, List<FieldError> errors) {
    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
