package com.interviewiq.engine.evaluation.batch;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.transfer.SampleBankFile;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The questions shipped with the console, by key: {@code evaluate} finds a key here when the
 * database does not hold it, so a batch of answers to the sample questions scores on a fresh
 * data directory too.
 */
public final class SampleBank {
    private SampleBank() {
    }

    /** Looks a key up in {@code database} first, then in the sample bank. */
    public static Function<String, Optional<Question>> after(Function<String, Optional<Question>> database) {
        return key -> database.apply(key).or(() -> Optional.ofNullable(Holder.QUESTIONS.get(key)));
    }

    private static final class Holder {
        static final Map<String, Question> QUESTIONS = load();
    }

    private static Map<String, Question> load() {
        return SampleBankFile.drafts().stream()
                .collect(Collectors.toUnmodifiableMap(QuestionDraft::key, SampleBank::question, (a, b) -> a));
    }

    private static Question question(QuestionDraft d) {
        return new Question(0, d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), d.rubric(),
                d.timeLimitSeconds(), d.status(), 0, null, null);
    }
}
