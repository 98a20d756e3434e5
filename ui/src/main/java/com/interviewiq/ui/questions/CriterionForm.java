package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.RubricCriterion;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One rubric row of the editor as typed: text, weight and comma-separated keywords, plus its error. */
public final class CriterionForm {
    private final StringProperty criterion = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("1");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public CriterionForm() {
    }

    public CriterionForm(RubricCriterion c) {
        criterion.set(c.criterion() == null ? "" : c.criterion());
        weight.set(Integer.toString(c.weight()));
        keywords.set(String.join(", ", c.keywords()));
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

    public StringProperty error() {
        return error;
    }
}
