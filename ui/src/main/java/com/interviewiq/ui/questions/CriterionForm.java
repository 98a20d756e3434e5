package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.RubricCriterion;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * One rubric row of the editor as typed: text, weight, comma-separated keywords and example answers
 * one per line (sentences have commas of their own), plus its error.
 */
public final class CriterionForm {
    private final StringProperty criterion = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("1");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty examples = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public CriterionForm() {
    }

    public CriterionForm(RubricCriterion c) {
        criterion.set(c.criterion() == null ? "" : c.criterion());
        weight.set(Integer.toString(c.weight()));
        keywords.set(String.join(", ", c.keywords()));
        examples.set(String.join("\n", c.examples()));
    }

    public StringProperty criterion() {
        return criterion;
    }

    public StringProperty weight() {
        return weight;
    }

    public StringProperty keywords() {
        return keywords;
    }

    public StringProperty examples() {
        return examples;
    }

    /** The example answers as typed: one per line, blank lines left out. */
    public List<String> exampleList() {
        String text = examples.get();
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public StringProperty error() {
        return error;
    }
}
