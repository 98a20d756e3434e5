package com.interviewiq.engine.evaluation.batch;

import com.interviewiq.engine.evaluation.CriterionMark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How often an evaluator's met/not met agrees with hand labels, per kind of answer and overall. */
public final class Agreement {
    /** Agreed and total criteria, per kind in the order first seen. */
    private final Map<String, int[]> byKind = new LinkedHashMap<>();

    /** Counts one answer's marks against its labels (both in rubric order). */
    public void add(String kind, List<CriterionMark> marks, List<Boolean> labels) {
        if (marks.size() != labels.size()) {
            throw new IllegalArgumentException("the labels give " + labels.size() + " criteria, the rubric has " + marks.size());
        }
        int[] counts = byKind.computeIfAbsent(kind == null ? "unlabelled kind" : kind, k -> new int[2]);
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i).met() == labels.get(i)) {
                counts[0]++;
            }
            counts[1]++;
        }
    }

    /** One row per kind, then "overall". */
    public List<Row> rows() {
        int agreed = 0;
        int total = 0;
        List<Row> rows = new java.util.ArrayList<>();
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            rows.add(new Row(e.getKey(), e.getValue()[0], e.getValue()[1]));
            agreed += e.getValue()[0];
            total += e.getValue()[1];
        }
        rows.add(new Row("overall", agreed, total));
        return rows;
    }

    public record Row(String kind, int agreed, int criteria) {
        public double share() {
            return criteria == 0 ? 0 : (double) agreed / criteria;
        }
    }
}
