package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.QuestionRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyNamesTest {
    @Test
    void keysCountOnFromOneBase() {
        assertThat(CopyNames.key("java-streams", 1)).isEqualTo("java-streams-copy");
        assertThat(CopyNames.key("java-streams", 2)).isEqualTo("java-streams-copy-2");
        assertThat(CopyNames.key("java-streams-copy", 1)).isEqualTo("java-streams-copy");
        assertThat(CopyNames.key("java-streams-copy-3", 2)).isEqualTo("java-streams-copy-2");
        assertThat(CopyNames.key("copy", 1)).isEqualTo("copy-copy");
        assertThatThrownBy(() -> CopyNames.key("a", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longKeysAreCutToStayValid() {
        String longKey = "k".repeat(100);
        assertThat(CopyNames.key(longKey, 1)).hasSize(100).endsWith("-copy");
        assertThat(CopyNames.key(longKey, 12)).hasSize(100).endsWith("-copy-12");
    }

    @Test
    void titlesAreMarkedOnce() {
        assertThat(CopyNames.title("Explain GC")).isEqualTo("Explain GC (copy)");
        assertThat(CopyNames.title("Explain GC (copy)")).isEqualTo("Explain GC (copy)");
        assertThat(CopyNames.title("t".repeat(QuestionRules.MAX_TITLE))).hasSize(QuestionRules.MAX_TITLE).endsWith(" (copy)");
    }
}
