package com.interviewiq.engine.sessions;

import java.time.Instant;
import java.util.List;

/**
 * What an interview showed: the overall score (overrides count, skips score 0), scores per
 * category and difficulty, the timeline, strengths and gaps, and why it stopped.
 */
public record SessionReport(long sessionId, String candidate, String interviewer, String status, String stopReason,
                            Instant startedAt, Instant finishedAt, long activeSeconds, int answered, int skipped,
                            int overridden, Double overallScore, List<GroupScore> byCategory,
                            List<GroupScore> byDifficulty, List<TimelineEntry> timeline, List<String> strengths,
                            List<String> gaps) {
    public SessionReport {
        byCategory = List.copyOf(byCategory);
        byDifficulty = List.copyOf(byDifficulty);
        timeline = List.copyOf(timeline);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
    }

    public record GroupScore(String group, int answered, double averageScore) {
    }

    /**
     * One asked question: evaluator score and override side by side; {@code evaluatorDetail} is why the
     * remote evaluator did not score it (null when it did or none is configured).
     */
    public record TimelineEntry(int seq, Instant answeredAt, String category, int difficulty, long questionId,
                                String questionTitle, boolean skipped, long timeTakenSeconds, Integer score, Integer overrideScore,
                                String overrideNote, String overrideBy, Instant overrideAt, String evaluatorSource,
                                String evaluatorDetail, List<String> missed) {
        public TimelineEntry {
            missed = List.copyOf(missed);
        }
    }
}
