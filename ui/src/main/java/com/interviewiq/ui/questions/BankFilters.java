package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.CategoryCount;
import com.interviewiq.engine.questions.QuestionStatus;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bank's search box and filters, bound both ways to the view model. Typed text waits for a
 * pause before it asks for a reload; a chosen category, difficulty or status asks at once.
 */
final class BankFilters {
    static final Duration SEARCH_DELAY = Duration.millis(250);

    record Controls(TextField search, TextField tag, ComboBox<Choice<String>> category,
                    ComboBox<Choice<Integer>> difficulty, ComboBox<Choice<QuestionStatus>> status, Button clear) {
    }

    private final Controls c;
    private final QuestionBankViewModel model;
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private boolean fillingChoices;

    BankFilters(Controls controls, QuestionBankViewModel model, Runnable reload) {
        this.c = controls;
        this.model = model;
        c.search().textProperty().bindBidirectional(model.text());
        c.tag().textProperty().bindBidirectional(model.tag());
        // typing waits for a pause so each keystroke does not become a query
        searchDelay.setOnFinished(e -> reload.run());
        model.text().addListener((obs, was, now) -> searchDelay.playFromStart());
        model.tag().addListener((obs, was, now) -> searchDelay.playFromStart());
        List<Choice<Integer>> difficulties = new ArrayList<>();
        difficulties.add(new Choice<>("Any difficulty", null));
        for (int d = 1; d <= 5; d++) {
            difficulties.add(new Choice<>("Difficulty " + d, d));
        }
        c.difficulty().getItems().setAll(difficulties);
        c.status().getItems().setAll(List.of(new Choice<>("Any status", null),
                new Choice<>(QuestionStatus.DRAFT.label(), QuestionStatus.DRAFT),
                new Choice<>(QuestionStatus.READY.label(), QuestionStatus.READY)));
        c.category().getItems().setAll(List.of(new Choice<>("Any category", null)));
        bindChoice(c.category(), model.category());
        bindChoice(c.difficulty(), model.difficulty());
        bindChoice(c.status(), model.status());
        model.category().addListener((obs, was, now) -> reload.run());
        model.difficulty().addListener((obs, was, now) -> reload.run());
        model.status().addListener((obs, was, now) -> reload.run());
        c.clear().setOnAction(e -> model.clearFilters());
    }

    /** Fills the category choice with the bank's categories, keeping the one chosen even if it is gone. */
    void showCategories(List<CategoryCount> categories) {
        String selected = model.category().get();
        List<Choice<String>> items = new ArrayList<>();
        items.add(new Choice<>("Any category", null));
        categories.forEach(x -> items.add(new Choice<>(x.category() + " (" + x.total() + ")", x.category())));
        if (selected != null && categories.stream().noneMatch(x -> x.category().equals(selected))) {
            items.add(new Choice<>(selected + " (0)", selected)); // keep the filter the user chose
        }
        fillingChoices = true;
        try {
            c.category().getItems().setAll(items);
            select(c.category(), selected);
        } finally {
            fillingChoices = false;
        }
    }

    private <T> void bindChoice(ComboBox<Choice<T>> box, ObjectProperty<T> value) {
        select(box, value.get());
        box.valueProperty().addListener((obs, was, now) -> {
            if (!fillingChoices) {
                value.set(now == null ? null : now.value());
            }
        });
        value.addListener((obs, was, now) -> select(box, now));
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(x -> Objects.equals(x.value(), value)).findFirst().ifPresent(x -> {
            if (!x.equals(box.getValue())) {
                box.setValue(x);
            }
        });
    }
}
