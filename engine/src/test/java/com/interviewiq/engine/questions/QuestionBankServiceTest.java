package com.interviewiq.engine.questions;

import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestClock;
import com.interviewiq.engine.validation.ConflictException;
import com.interviewiq.engine.validation.FieldError;
import com.interviewiq.engine.validation.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On {H2, PostgreSQL} x {sync, async}: the service code is written once, so every behaviour holds on each. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("com.interviewiq.engine.testing.Backend#parity")
class QuestionBankServiceTest {
    @org.junit.jupiter.params.Parameter
    Backend backend;

    @TempDir
    static Path temp;
    private Services s;

    @BeforeEach
    void open() {
        s = Services.over(backend.openFresh(temp, Backend.SMALL_POOL), new TestClock(Instant.parse("2026-11-27T09:00:00Z")));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void createsReadsUpdatesAndDeletes() {
        Question q = join(s.questions().create(Drafts.valid("sql-1", "SQL", 3)));
        assertThat(q.id()).isPositive();
        assertThat(q.version()).isEqualTo(1);
        assertThat(q.rubric()).extracting(RubricCriterion::criterion).containsExactly("Names the index", "Mentions cost");
        assertThat(join(s.questions().findByKey("sql-1"))).contains(q);

        Question updated = join(s.questions().update(q.id(), 1, q.toDraft().withTitle("Indexes explained")));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.title()).isEqualTo("Indexes explained");

        join(s.questions().delete(q.id(), 2));
        assertThat(join(s.questions().find(q.id()))).isEmpty();
    }

    @Test
    void aStaleSaveIsAConflictAndOverwritesNothing() {
        Question q = join(s.questions().create(Drafts.valid("java-1", "Java", 2)));
        join(s.questions().update(q.id(), 1, q.toDraft().withTitle("First editor")));
        assertThatThrownBy(() -> join(s.questions().update(q.id(), 1, q.toDraft().withTitle("Second editor"))))
                .hasCauseInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else").hasMessageContaining("version 2");
        assertThat(join(s.questions().find(q.id())).orElseThrow().title()).isEqualTo("First editor");
        assertThatThrownBy(() -> join(s.questions().delete(q.id(), 1))).hasCauseInstanceOf(ConflictException.class);
    }

    @Test
    void duplicateKeysAreRejected() {
        join(s.questions().create(Drafts.valid("dup", "SQL", 3)));
        assertThatThrownBy(() -> join(s.questions().create(Drafts.valid("dup", "Java", 1))))
                .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("'dup' already exists");
        assertThat(join(s.questions().count())).isEqualTo(1);
    }

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                bad("category", d -> new QuestionDraft(d.key(), " ", d.difficulty(), d.title(), d.prompt(), d.tags(), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("difficulty", d -> new QuestionDraft(d.key(), d.category(), 0, d.title(), d.prompt(), d.tags(), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("difficulty", d -> new QuestionDraft(d.key(), d.category(), 6, d.title(), d.prompt(), d.tags(), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("title", d -> d.withTitle("x".repeat(201))),
                bad("title", d -> d.withTitle("")),
                bad("prompt", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), "", d.tags(), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("prompt", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), "p".repeat(20_001), d.tags(), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("tags", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), tags(21), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("tags[0]", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), List.of("t".repeat(41)), d.rubric(), d.timeLimitSeconds(), d.status())),
                bad("timeLimitSeconds", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), d.rubric(), 9, d.status())),
                bad("timeLimitSeconds", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), d.rubric(), 7201, d.status())),
                bad("rubric", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), List.of(), d.timeLimitSeconds(), d.status())),
                bad("rubric", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), criteria(11), d.timeLimitSeconds(), d.status())),
                bad("rubric[0].weight", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), List.of(new RubricCriterion("c", 0, List.of("k"))), d.timeLimitSeconds(), d.status())),
                bad("rubric[0].weight", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), List.of(new RubricCriterion("c", 11, List.of("k"))), d.timeLimitSeconds(), d.status())),
                bad("rubric[0].keywords", d -> new QuestionDraft(d.key(), d.category(), d.difficulty(), d.title(), d.prompt(), d.tags(), List.of(new RubricCriterion("c", 1, List.of(" "))), d.timeLimitSeconds(), d.status())),
                bad("key", d -> d.withKey("bad key!")));
    }

    private static Arguments bad(String field, UnaryOperator<QuestionDraft> change) {
        return Arguments.of(field, change.apply(Drafts.valid("valid-1", "SQL", 3)));
    }

    private static List<String> tags(int n) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add("t" + i);
        }
        return t;
    }

    private static List<RubricCriterion> criteria(int n) {
        return Collections.nCopies(n, new RubricCriterion("c", 1, List.of("k")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void everyRuleNamesItsFieldAndWritesNothing(String field, QuestionDraft draft) {
        assertThatThrownBy(() -> join(s.questions().create(draft)))
                .cause().isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field).contains(field));
        assertThat(join(s.questions().count())).isZero();
    }

    @Test
    void searchFiltersByEveryFieldAndPages() {
        for (int i = 0; i < 12; i++) {
            QuestionDraft d = Drafts.valid("q-" + i, i % 2 == 0 ? "SQL" : "Java", 1 + i % 5);
            if (i == 3) {
                d = new QuestionDraft(d.key(), d.category(), d.difficulty(), "Special 100% _literal_ title", d.prompt(),
                        List.of("Locks", "mvcc"), d.rubric(), d.timeLimitSeconds(), QuestionStatus.DRAFT);
            }
            join(s.questions().create(d));
        }
        assertThat(join(s.questions().search(new QuestionQuery("SQL", null, null, null, null, 0, 100))).total()).isEqualTo(6);
        assertThat(join(s.questions().search(new QuestionQuery(null, 2, null, null, null, 0, 100))).items())
                .extracting(Question::key).containsExactly("q-1", "q-6", "q-11");
        assertThat(join(s.questions().search(new QuestionQuery(null, null, "locks", null, null, 0, 100))).items())
                .extracting(Question::key).containsExactly("q-3");
        assertThat(join(s.questions().search(new QuestionQuery(null, null, null, QuestionStatus.DRAFT, null, 0, 100))).total()).isEqualTo(1);
        assertThat(join(s.questions().search(new QuestionQuery(null, null, null, null, "100% _LITERAL_", 0, 100))).items())
                .extracting(Question::key).containsExactly("q-3");
        assertThat(join(s.questions().search(new QuestionQuery(null, null, null, null, "5%", 0, 100))).total()).as("% is literal").isZero();
        Page<Question> page = join(s.questions().search(new QuestionQuery(null, null, null, null, null, 5, 4)));
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.items()).extracting(Question::key).containsExactly("q-5", "q-6", "q-7", "q-8");
        assertThat(join(s.questions().categories())).containsExactly(new CategoryCount("Java", 6, 5), new CategoryCount("SQL", 6, 6));

        QuestionDraft keyed = Drafts.valid("mvcc-snapshots", "SQL", 3);
        join(s.questions().create(new QuestionDraft(keyed.key(), keyed.category(), keyed.difficulty(), "Plain title",
                "Plain prompt.", keyed.tags(), keyed.rubric(), keyed.timeLimitSeconds(), keyed.status())));
        assertThat(join(s.questions().search(new QuestionQuery(null, null, null, null, "MVCC-SNAP", 0, 100))).items())
                .as("the key is searched too").extracting(Question::key).containsExactly("mvcc-snapshots");
    }
}
