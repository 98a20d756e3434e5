package com.interviewiq.engine.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextMemoTest {
    private final List<String> computed = new ArrayList<>();
    private final TextMemo<String> memo = new TextMemo<>(2, text -> {
        computed.add(text);
        return text == null ? "none" : text.toUpperCase();
    });

    @Test
    void aTextIsComputedOnceAndItsValueShared() {
        String first = memo.get("select");
        assertThat(memo.get("select")).isEqualTo("SELECT").isSameAs(first);
        assertThat(computed).containsExactly("select");
    }

    @Test
    void pastTheBoundItStartsAfreshRatherThanGrow() {
        memo.get("a");
        memo.get("b");
        memo.get("c"); // full: emptied, then c kept
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(computed).containsExactly("a", "b", "c", "a");
    }

    @Test
    void aNullTextIsComputedEachTimeAndNeverKept() {
        assertThat(memo.get(null)).isEqualTo("none");
        assertThat(memo.get(null)).isEqualTo("none");
        assertThat(computed).containsExactly(null, null);
        assertThat(memo.size()).isZero();
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new TextMemo<>(0, t -> t)).hasMessageContaining("bound must be at least 1");
    }
}
