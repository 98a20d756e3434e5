package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionDraft;
import com.interviewiq.engine.questions.QuestionRules;
import com.interviewiq.engine.questions.QuestionStatus;
import com.interviewiq.engine.questions.RubricCriterion;
import com.interviewiq.engine.validation.FieldError;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's state: each field as typed, the rubric rows, one error per field, and which stored
 * question (id and version) is being edited, if any. The engine decides what is valid; this class
 * only turns text into a draft and puts the engine's errors next to the right fields.
 */
public final class QuestionForm {
    static final List<String> FIELDS = List.of("key", "category", "difficulty", "title", "prompt", "tags",
            "timeLimitSeconds", "status", "rubric");

    /** A draft, or what kept the text from becoming one (e.g. "abc" as difficulty). */
    public record Parsed(QuestionDraft draft, List<FieldError> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty difficulty = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty timeLimit = new SimpleStringProperty("");
    private final ObjectProperty<QuestionStatus> status = new SimpleObjectProperty<>(QuestionStatus.READY);
    private final ObservableList<CriterionForm> criteria = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Question> editing = new SimpleObjectProperty<>();

    private List<String> baseline = List.of();
    private boolean unsavedFromStart;

    public QuestionForm() {
        FIELDS.forEach(f -> errors.put(f, new SimpleStringProperty("")));
        newQuestion();
    }

    /** An empty form for a new question, with the engine's defaults filled in. */
    public void newQuestion() {
        editing.set(null);
        fill(new QuestionDraft("", "", 3, "", "", List.of(), List.of(new RubricCriterion("", 1, List.of())),
                QuestionRules.DEFAULT_TIME_LIMIT, QuestionStatus.READY));
    }

    /** The stored question, to be saved over its version. */
    public void edit(Question q) {
        editing.set(q);
        fill(q.toDraft());
    }

    /** Unsaved content (a duplicate): saving creates a new question. */
    public void newFrom(QuestionDraft draft) {
        editing.set(null);
        fill(draft);
        unsavedFromStart = true;
    }

    /**
     * True when leaving the form would lose something: a field differs from what was loaded or last
     * saved, or the content (a duplicate) was never saved at all.
     */
    public boolean isDirty() {
        return unsavedFromStart || !snapshot().equals(baseline);
    }

    private List<String> snapshot() {
        List<String> values = new java.util.ArrayList<>(List.of(key.get(), category.get(), difficulty.get(), title.get(),
                prompt.get(), tags.get(), timeLimit.get(), String.valueOf(status.get())));
        criteria.forEach(c -> values.addAll(List.of(c.criterion().get(), c.weight().get(), c.keywords().get(),
                String.valueOf(c.examples().get()))));
        return values;
    }

    private void fill(QuestionDraft d) {
        key.set(nonNull(d.key()));
        category.set(nonNull(d.category()));
        difficulty.set(d.difficulty() == null ? "" : d.difficulty().toString());
        title.set(nonNull(d.title()));
        prompt.set(nonNull(d.prompt()));
        tags.set(String.join(", ", d.tags()));
        timeLimit.set(d.timeLimitSeconds() == null ? "" : d.timeLimitSeconds().toString());
        status.set(d.status() == null ? QuestionStatus.READY : d.status());
        criteria.setAll(d.rubric().stream().map(CriterionForm::new).toList());
        clearErrors();
        baseline = snapshot();
        unsavedFromStart = false;
    }

    /** The question being edited; null for a new one. */
    public ObjectProperty<Question> editing() {
        return editing;
    }

    public boolean isNew() {
        return editing.get() == null;
    }

    /** The text as a draft. Text that is no number where one is needed is reported with the rule errors of the rest. */
    public Parsed parse() {
        List<FieldError> problems = new ArrayList<>();
        Integer diff = integer(difficulty.get(), "difficulty", "a whole number 1..5", problems);
        Integer limit = integer(timeLimit.get(), "timeLimitSeconds", "a whole number of seconds", problems);
        List<RubricCriterion> rubric = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionForm c = criteria.get(i);
            String at = "rubric[" + i + "].weight";
            Integer w = c.weight().get() == null || c.weight().get().isBlank()
                    ? missing(at, "is required (1.." + QuestionRules.MAX_WEIGHT + ")", problems)
                    : integer(c.weight().get(), at, "a whole number 1.." + QuestionRules.MAX_WEIGHT, problems);
            rubric.add(new RubricCriterion(c.criterion().get(), w == null ? 0 : w, split(c.keywords().get()), c.exampleList()));
        }
        QuestionDraft draft = new QuestionDraft(key.get(), category.get(), diff, title.get(), prompt.get(),
                split(tags.get()), rubric, limit, status.get());
        if (problems.isEmpty()) {
            return new Parsed(draft, List.of());
        }
        // the engine is not asked while some text is no number; show the other fields' problems too
        Set<String> unparsed = new HashSet<>(problems.stream().map(FieldError::field).toList());
        QuestionRules.check(QuestionRules.normalise(draft)).stream()
                .filter(e -> !unparsed.contains(e.field()))
                .forEach(problems::add);
        return new Parsed(draft, List.copyOf(problems));
    }

    private static Integer integer(String text, String field, String what, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null; // the engine says whether the field may be left out
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldError.of(field, "must be " + what + ", got '" + text.strip() + "'"));
            return null;
        }
    }

    private static Integer missing(String field, String message, List<FieldError> problems) {
        problems.add(FieldError.of(field, message));
        return null;
    }

    /** "a, b,,c " -> [a, b, c]: commas separate, blanks between them are dropped. */
    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Puts each error next to its field (several for one field are joined); clears the others. */
    public void showErrors(List<FieldError> fieldErrors) {
        clearErrors();
        List<String> unplaced = new ArrayList<>();
        for (FieldError e : fieldErrors) {
            FormErrors.Target t = FormErrors.target(e.field());
            String text = FormErrors.message(e);
            StringProperty into;
            if (t.inCriterion()) {
                into = t.criterion() < criteria.size() ? criteria.get(t.criterion()).error() : errors.get("rubric");
            } else {
                into = errors.get(t.field());
            }
            if (into == null) {
                unplaced.add(text); // a field this form does not have: said above the buttons
            } else {
                into.set(into.get().isEmpty() ? text : into.get() + "; " + text);
            }
        }
        String marked = fieldErrors.size() == 1 ? "fix the field marked in red."
                : "fix the " + fieldErrors.size() + " problems marked in red.";
        message.set("Not saved: " + (unplaced.isEmpty() ? marked : String.join("; ", unplaced)));
    }

    /** One error on one field (e.g. the key is taken), with nothing saved. */
    public void showError(String field, String text) {
        showErrors(List.of(FieldError.of(field, text)));
    }

    public void clearErrors() {
        errors.values().forEach(p -> p.set(""));
        criteria.forEach(c -> c.error().set(""));
        message.set("");
    }

    public void addCriterion() {
        criteria.add(new CriterionForm());
    }

    public void removeCriterion(int index) {
        criteria.remove(index);
    }

    /** Moves a rubric row one up; the first row stays. */
    public void moveUp(int index) {
        if (index > 0 && index < criteria.size()) {
            swap(index - 1, index);
        }
    }

    /** Moves a rubric row one down; the last row stays. */
    public void moveDown(int index) {
        if (index >= 0 && index < criteria.size() - 1) {
            swap(index, index + 1);
        }
    }

    private void swap(int upper, int lower) {
        CriterionForm a = criteria.get(upper);
        CriterionForm b = criteria.get(lower);
        // one setAll: listeners see one change, rows are never briefly duplicated
        List<CriterionForm> all = new ArrayList<>(criteria);
        all.set(upper, b);
        all.set(lower, a);
        criteria.setAll(all);
    }

    public StringProperty key() {
        return key;
    }

    public StringProperty category() {
        return category;
    }

    public StringProperty difficulty() {
        return difficulty;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty prompt() {
        return prompt;
    }

    public StringProperty tags() {
        return tags;
    }

    public StringProperty timeLimit() {
        return timeLimit;
    }

    public ObjectProperty<QuestionStatus> status() {
        return status;
    }

    public ObservableList<CriterionForm> criteria() {
        return criteria;
    }

    /** The error shown beside a field ("key", "title", "timeLimitSeconds", "rubric", …). */
    public StringProperty error(String field) {
        StringProperty p = errors.get(field);
        if (p == null) {
            throw new IllegalArgumentException("no field " + field + " (known: " + FIELDS + ")");
        }
        return p;
    }

    /** One line above the buttons: why nothing was saved, or what was. */
    public StringProperty message() {
        return message;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
