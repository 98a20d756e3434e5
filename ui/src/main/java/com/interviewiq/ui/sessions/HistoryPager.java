package com.interviewiq.ui.sessions;

import com.interviewiq.engine.questions.Page;
import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionQuery;
import com.interviewiq.engine.sessions.SessionSort;
import com.interviewiq.engine.sessions.SessionSummary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;

/**
 * Which page of the history is shown, in which order, and how many sessions match: the database
 * sorts, filters and counts, this keeps the place. Loads are numbered so that the answer to an
 * older request (the user clicked on) never replaces a newer one.
 */
final class HistoryPager {
    static final int PAGE_SIZE = 100;

    private final int pageSize;
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private SessionSort sort = SessionSort.CREATED;
    private boolean descending = true;
    private int index;
    private long total;
    private int generation;

    HistoryPager(int pageSize) {
        if (pageSize < 1 || pageSize > SessionQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1.." + SessionQuery.MAX_LIMIT + ", got " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** The query for page {@code pageIndex} (0-based) of the sessions {@code where} selects, in the current order. */
    SessionQuery query(SessionFilter where, int pageIndex) {
        return new SessionQuery(where, sort, descending, Math.max(0, pageIndex) * pageSize, pageSize);
    }

    /** Starts loading a page; pass the number to {@link #show} with its answer. */
    int begin(int pageIndex) {
        loading.set(true);
        hasPrevious.set(false);
        hasNext.set(false);
        pageText.set("Loading page " + number(Math.max(0, pageIndex) + 1L) + "…");
        return ++generation;
    }

    /** Shows what a load found, unless a newer load started since (then false: drop it). */
    boolean show(int loadNumber, Page<SessionSummary> page) {
        if (loadNumber != generation) {
            return false;
        }
        loading.set(false);
        total = page.total();
        index = page.offset() / pageSize;
        countText.set(countText(total));
        pageText.set("Page " + number(index + 1L) + " of " + number(pages()));
        hasPrevious.set(index > 0);
        hasNext.set(index + 1 < pages());
        return true;
    }

    /** A load failed: stop showing it as running; the place stays where it was. */
    void failed(int loadNumber) {
        if (loadNumber == generation) {
            loading.set(false);
            pageText.set("Page " + number(index + 1L) + " of " + number(pages()));
            hasPrevious.set(index > 0);
            hasNext.set(index + 1 < pages());
        }
    }

    /** Orders by a column from now on; the caller reloads from the first page. */
    void sortBy(SessionSort newSort, boolean newDescending) {
        sort = newSort;
        descending = newDescending;
    }

    SessionSort sort() { return sort; }
    boolean descending() { return descending; }
    int index() { return index; }
    int lastIndex() { return (int) (pages() - 1); }

    /** At least one, so an empty history still reads "Page 1 of 1". */
    long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** "1,234 sessions match", "1 session matches", "No sessions match". */
    static String countText(long n) {
        return n == 0 ? "No sessions match" : number(n) + (n == 1 ? " session matches" : " sessions match");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    ReadOnlyStringProperty countText() { return countText.getReadOnlyProperty(); }
    ReadOnlyStringProperty pageText() { return pageText.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty loading() { return loading.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasPrevious() { return hasPrevious.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasNext() { return hasNext.getReadOnlyProperty(); }
}
