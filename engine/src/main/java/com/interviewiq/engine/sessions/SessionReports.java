package com.interviewiq.engine.sessions;

import com.interviewiq.engine.evaluation.CriterionMark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds a {@link SessionReport} from a session and its answers. Pure, so reports are comparable across backends. */
public final class SessionReports {
    static final double STRONG = 70;
    static final double WEAK = 50;

    private SessionReports() {
    }

    public static SessionReport build(InterviewSession s, List<Answer> answers, Map<Long, String> titles, Instant now) {
        List<SessionReport.TimelineEntry> timeline = new ArrayList<>();
        for (Answer a : answers) {
            List<String> missed = a.marks().stream().filter(m -> !m.met()).map(CriterionMark::criterion).toList();
            timeline.add(new SessionReport.TimelineEntry(a.seq(), a.answeredAt(), a.category(), a.difficulty(),
                    a.questionId(), titles.get(a.questionId()), a.skipped(), a.timeTakenMs() / 1000, a.score(), a.overrideScore(), a.overrideNote(),
                    a.overrideBy(), a.overrideAt(), a.source() == null ? null : a.source().label(), a.evaluatorDetail(), missed));
        }
        List<SessionReport.GroupScore> byCategory = groups(answers, Answer::category, new LinkedHashMap<>());
        List<SessionReport.GroupScore> byDifficulty = groups(answers, a -> "difficulty " + a.difficulty(), new TreeMap<>());
        List<String> strengths = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (SessionReport.GroupScore g : byCategory) {
            if (g.averageScore() >= STRONG) {
                strengths.add(g.group() + " (average " + Math.round(g.averageScore()) + ")");
            } else if (g.averageScore() < WEAK) {
                gaps.add(g.group() + " (average " + Math.round(g.averageScore()) + ")");
            }
        }
        Double overall = answers.isEmpty() ? null
                : answers.stream().mapToInt(Answer::effectiveScore).average().orElse(0);
        return new SessionReport(s.id(), s.candidate(), s.interviewer(), s.status().label(), s.stopReason(),
                s.startedAt(), s.finishedAt(), s.activeTime(now).toSeconds(), answers.size(),
                (int) answers.stream().filter(Answer::skipped).count(),
                (int) answers.stream().filter(a -> a.overrideScore() != null).count(),
                overall == null ? null : round1(overall), byCategory, byDifficulty, timeline, strengths, gaps);
    }

    private static List<SessionReport.GroupScore> groups(List<Answer> answers, Function<Answer, String> key,
                                                         Map<String, List<Integer>> into) {
        for (Answer a : answers) {
            into.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a.effectiveScore());
        }
        List<SessionReport.GroupScore> out = new ArrayList<>();
        into.forEach((k, scores) -> out.add(new SessionReport.GroupScore(k, scores.size(),
                round1(scores.stream().mapToInt(Integer::intValue).average().orElse(0)))));
        return out;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
