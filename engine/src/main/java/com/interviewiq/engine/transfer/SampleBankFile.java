package com.interviewiq.engine.transfer;

import com.interviewiq.engine.questions.QuestionDraft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample bank bundled in the build, read for what it holds rather than imported. */
public final class SampleBankFile {
    private SampleBankFile() {
    }

    /** Its questions as drafts, in file order; none when the build lacks the file. */
    public static List<QuestionDraft> drafts() {
        byte[] bytes;
        try (InputStream in = QuestionTransferService.class.getResourceAsStream(QuestionTransferService.SAMPLE_BANK)) {
            if (in == null) {
                return List.of();
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return QuestionFileReader.parse(bytes, ImportFormat.JSON, "sample bank").rows().stream().map(ParsedRow::draft).toList();
    }
}
