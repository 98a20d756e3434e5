package com.interviewiq.engine.evaluation;

import com.interviewiq.engine.evaluation.semantic.SentenceEmbedder;
import com.interviewiq.engine.evaluation.semantic.Sentences;
import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.RubricCriterion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a prepared question leaves for its answer to embed: only the answer's own texts. */
class SemanticPrepareTest {
    /** Every text at the same point: each sentence is close to each criterion, so every check runs. */
    private static final class Recording implements SentenceEmbedder {
        final List<String> texts = new ArrayList<>();

        @Override
        public List<float[]> embed(List<String> sentences) {
            texts.addAll(sentences);
            return sentences.stream().map(s -> new float[] {1, 0}).toList();
        }
    }

    @Test
    void aPreparedQuestionsCriterionClausesAreNotEmbeddedWhileTheAnswerWaits() {
        RubricCriterion notThreadSafe = new RubricCriterion(
                "HashMap is not thread-safe; concurrent writes need synchronisation", 1, List.of("thread-safe"));
        Question q = Questions.question(notThreadSafe);
        Recording embedder = new Recording();
        SemanticScorer scorer = new SemanticScorer(embedder);
        scorer.prepare(q);
        embedder.texts.clear();

        String answer = "A HashMap is thread-safe, so no synchronisation is needed.";
        Evaluation e = scorer.score(q, answer);

        assertThat(e.marks().getFirst().evidence()).as("the contradiction check ran").contains("contradicts it");
        List<String> answersOwn = new ArrayList<>(Sentences.of(answer));
        Sentences.of(answer).forEach(s -> answersOwn.addAll(Contradiction.clauseTexts(s)));
        assertThat(embedder.texts).isNotEmpty().allSatisfy(t -> assertThat(answersOwn).contains(t));
        assertThat(embedder.texts).noneMatch(Contradiction.clauseTexts(notThreadSafe.criterion())::contains);
    }
}
