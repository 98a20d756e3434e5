package com.interviewiq.engine.transfer;

import com.interviewiq.engine.questions.QuestionDraft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The sample bank bundled in the build: imported by the bank, read for what it holds by the evaluator. */
public final class SampleBankFile {
    private SampleBankFile() {
    }

    /** Its questions as drafts, in file order; none when the build lacks the file. */
    public static List<QuestionDraft> drafts() {
        return parsed().map(f -> f.rows().stream().map(ParsedRow::draft).toList()).orElse(List.of());
    }

    /** The file parsed; empty when the build lacks it. */
    static Optional<ParsedFile> parsed() {
        byte[] bytes;
        try (InputStream in = QuestionTransferService.class.getResourceAsStream(QuestionTransferService.SAMPLE_BANK)) {
            if (in == null) {
                return Optional.empty();
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(QuestionFileReader.parse(bytes, ImportFormat.JSON, "sample bank"));
    }
}
