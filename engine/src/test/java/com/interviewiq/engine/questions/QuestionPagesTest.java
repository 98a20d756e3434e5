package com.interviewiq.engine.questions;

import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.SettingsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging through the real service (H2 file) in pages smaller than the bank. */
class QuestionPagesTest {
    @TempDir
    Path dataDir;

    @Test
    void everyQuestionOnceInIdOrder() throws Exception {
        try (Engine engine = Engine.start(SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()))) {
            engine.transfer().importSampleBank().toCompletableFuture().get(60, TimeUnit.SECONDS);
            for (int pageSize : new int[] {1_000, 162, 161, 40}) {
                List<Question> all = QuestionPages.loadAll(engine.questions()::search, QuestionQuery.all(), pageSize)
                        .toCompletableFuture().get(60, TimeUnit.SECONDS);
                assertThat(all).as("page size %d", pageSize).hasSize(162);
                assertThat(all).extracting(Question::id).isSorted().doesNotHaveDuplicates();
            }
            assertThatThrownBy(() -> QuestionPages.loadAll(engine.questions()::search, QuestionQuery.all(), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
