package com.interviewiq.ui.questions;

import com.interviewiq.engine.questions.Question;
import com.interviewiq.engine.questions.QuestionQuery;
import com.interviewiq.engine.questions.QuestionStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;

/**
 * The question table's state: the filter fields, the rows that match, the counts. Loads are
 * numbered so that an answer to an older filter (the user kept typing) never replaces a newer one.
 */
public final class QuestionBankViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> difficulty = new SimpleObjectProperty<>();
    private final ObjectProperty<QuestionStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<Question> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper bankEmpty = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private int generation;

    /** Free text on key, title or prompt; blank = any. */
    public StringProperty text() {
        return text;
    }

    /** One tag (exact, any case); blank = any. */
    public StringProperty tag() {
        return tag;
    }

    /** Null = any category. */
    public ObjectProperty<String> category() {
        return category;
    }

    /** 1..5, null = any. */
    public ObjectProperty<Integer> difficulty() {
        return difficulty;
    }

    /** Null = any status. */
    public ObjectProperty<QuestionStatus> status() {
        return status;
    }

    public ObservableList<Question> rows() {
        return rows;
    }

    /** "162 questions", or "12 of 162 match" while a filter is set. */
    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    /** True once a load has found no questions at all (not just none matching the filter). */
    public ReadOnlyBooleanProperty bankEmpty() {
        return bankEmpty.getReadOnlyProperty();
    }

    public BooleanProperty loading() {
        return loading;
    }

    /** The filter as the service takes it (first page). */
    public QuestionQuery query() {
        return new QuestionQuery(blankToNull(category.get()), difficulty.get(), blankToNull(tag.get()), status.get(),
                blankToNull(text.get()), 0, QuestionQuery.MAX_LIMIT);
    }

    public boolean filtered() {
        QuestionQuery q = query();
        return q.category() != null || q.difficulty() != null || q.tag() != null || q.status() != null || q.text() != null;
    }

    public void clearFilters() {
        text.set("");
        tag.set("");
        category.set(null);
        difficulty.set(null);
        status.set(null);
    }

    /** Starts a load; pass the number to {@link #show} with its answer. */
    public int beginLoad() {
        loading.set(true);
        return ++generation;
    }

    /**
     * Shows what a load found, unless a newer load has started since (then its answer is dropped
     * and false returned). {@code bankTotal} is the number of questions in the whole bank.
     */
    public boolean show(int loadNumber, List<Question> matching, long bankTotal, boolean wasFiltered) {
        if (loadNumber != generation) {
            return false;
        }
        loading.set(false);
        rows.setAll(matching);
        bankEmpty.set(bankTotal == 0);
        countText.set(countText(matching.size(), bankTotal, wasFiltered));
        return true;
    }

    /** A load failed: stop showing it as running (rows stay as they were). */
    public void failed(int loadNumber) {
        if (loadNumber == generation) {
            loading.set(false);
        }
    }

    static String countText(long shown, long total, boolean filtered) {
        if (!filtered) {
            return number(total) + (total == 1 ? " question" : " questions");
        }
        return number(shown) + " of " + number(total) + " match";
    }

    /** "1 question", "10,000 questions". */
    static String plural(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
