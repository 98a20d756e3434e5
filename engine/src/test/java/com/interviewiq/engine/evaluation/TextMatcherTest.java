package com.interviewiq.engine.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextMatcherTest {

    @ParameterizedTest(name = "[{0}] in [{1}] -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # case and inflection
            index        | Indexes speed up reads                     | true
            index        | Indexing makes writes slower               | true
            index        | The column was INDEXED last week           | true
            INDEX        | an index lookup                            | true
            indexes      | add an index                               | true
            query        | slow queries                               | true
            cache        | caching results                            | true
            caching      | a cached page                              | true
            cache        | two caches                                 | true
            coding       | code review                                | true
            # accents
            naïve        | a naive approach                           | true
            naive        | a NAÏVE approach                           | true
            café         | the CAFE example                           | true
            cafe         | le café                                    | true
            # whole words only
            cas          | use a CAS loop                             | true
            cas          | ON DELETE CASCADE                          | false
            cas          | in both cases                              | false
            join         | a joint venture                            | false
            join         | the query joins two tables                 | true
            join         | joining is expensive                       | true
            tree         | down the street                            | false
            index        | an indexer daemon                          | false
            # phrases: contiguous words, any spacing
            inner join   | use an INNER   JOIN here                   | true
            inner join   | inner joins drop unmatched rows            | true
            inner join   | inner and outer join differ                | false
            inner join   | join inner                                 | false
            # punctuated and run-together spellings
            b-tree       | a B-Tree index                             | true
            b-tree       | a b tree index                             | true
            b-tree       | btrees are balanced                        | true
            btree        | a B-tree index                             | true
            btree        | a b tree index                             | false
            B_Tree       | (b-trees)                                  | true
            hash map     | a HashMap of lists                         | true
            b-tree index | a btree index                              | true
            utf-8        | stored as UTF8                             | true
            # symbols that are part of a name
            C++          | written in C++, mostly                     | true
            C++          | plan C                                     | false
            C#           | we use C# daily                            | true
            C            | we use C# daily                            | false
            O(n log n)   | sorting is O(n log n) on average           | true
            O(n log n)   | sorting is O(n) here                       | false
            # a keyword without words never matches
            "  "         | anything at all                            | false
            ---          | anything --- here                          | false
            """)
    void matchesWholeWordsAfterFoldingAndStemming(String keyword, String text, boolean expected) {
        assertThat(TextMatcher.of(text).matches(keyword)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"indexes, index", "indexing, indexed", "caching, cache", "cached, caches", "coding, code",
            "queries, query", "keys, key", "joins, join", "running, run", "mapping, maps", "classes, class",
            "processes, processing", "storing, store", "controlling, control", "related, relate"})
    void inflectionsShareAStem(String a, String b) {
        assertThat(TextMatcher.words(a)).isEqualTo(TextMatcher.words(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"cas, case", "cas, cases", "join, joint", "use, us", "string, str", "cascade, cas"})
    void differentWordsKeepDifferentStems(String a, String b) {
        assertThat(TextMatcher.words(a)).isNotEqualTo(TextMatcher.words(b));
    }

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertThat(TextMatcher.words("Naïve B-Trees, INDEXES!  Café_au_lait")).containsExactly(
                "naiv", "b", "tree", "index", "cafe", "au", "lait");
        assertThat(TextMatcher.of("INNER\n\t join").matches("inner join")).isTrue();
        assertThat(TextMatcher.words(null)).isEmpty();
        assertThat(TextMatcher.words(" \t\n")).isEmpty();
    }

    @Test
    void sameInputAlwaysGivesTheSameAnswer() {
        String answer = "Inner joins keep matching rows; a B-tree index speeds up lookups.";
        for (int i = 0; i < 3; i++) {
            assertThat(TextMatcher.of(answer).matches("inner join")).isTrue();
            assertThat(TextMatcher.words(answer)).isEqualTo(TextMatcher.words(answer));
        }
    }

    @Test
    void longAndPathologicalAnswersStayFast() {
        String prose = "An index is a lookup structure, usually a B-tree, that makes inner joins faster. ";
        String longAnswer = prose.repeat(20_000 / prose.length() + 1);
        String oneLongWordGroup = "a-".repeat(10_000); // 10,000 words joined by hyphens
        List<String> keywords = List.of("index", "write amplification", "b-tree", "a-a-a-a-b", "a a a a b",
                "hash map", "cas", "outer join");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int round = 0; round < 20; round++) {
                TextMatcher text = TextMatcher.of(longAnswer);
                TextMatcher hyphens = TextMatcher.of(oneLongWordGroup);
                for (String keyword : keywords) {
                    text.matches(keyword);
                    hyphens.matches(keyword);
                }
            }
        });
        assertThat(TextMatcher.of(longAnswer).matches("inner join")).isTrue();
        assertThat(TextMatcher.of(oneLongWordGroup).matches("a-a-a-a-b")).isFalse();
    }

    @Test
    void aKeywordCompiledOnceStillMatchesEachTextOnItsOwn() {
        // keywords are compiled once per process; the compiled form must not remember a text
        for (int round = 0; round < 2; round++) {
            assertThat(TextMatcher.of("a B-Tree index").matches("btree")).isTrue();
            assertThat(TextMatcher.of("a hash index").matches("btree")).isFalse();
            assertThat(TextMatcher.of("a hash index").matches("hash map")).isFalse();
            assertThat(TextMatcher.of("use a HashMap").matches("hash map")).isTrue();
            assertThat(TextMatcher.of("anything").matches(" -- ")).isFalse();
            assertThat(TextMatcher.of("anything").matches(null)).isFalse();
        }
    }
}
