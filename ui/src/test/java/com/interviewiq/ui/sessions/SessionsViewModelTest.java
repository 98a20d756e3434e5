package com.interviewiq.ui.sessions;

import com.interviewiq.engine.sessions.SessionFilter;
import com.interviewiq.engine.sessions.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsViewModelTest {
    private final SessionsViewModel model = new SessionsViewModel(ZoneOffset.UTC);

    @Test
    void buildsTheFilterWithAnInclusiveToDate() {
        model.candidate().set("  ada ");
        model.status().set(SessionStatus.COMPLETED);
        model.from().set(LocalDate.of(2026, 11, 1));
        model.to().set(LocalDate.of(2026, 11, 27));
        model.minScore().set("70");
        SessionFilter f = model.filter();
        assertThat(f.candidate()).isEqualTo("ada");
        assertThat(f.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(f.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(f.to()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(f.minScore()).isEqualTo(70);
        assertThat(model.error().get()).isEmpty();
    }

    @Test
    void rejectsABadScoreOrReversedDatesNamingTheField() {
        model.minScore().set("101");
        assertThat(model.filter()).isNull();
        assertThat(model.error().get()).isEqualTo("Min score: a whole number 0..100, got '101'");
        model.minScore().set("");
        model.from().set(LocalDate.of(2026, 11, 2));
        model.to().set(LocalDate.of(2026, 11, 1));
        assertThat(model.filter()).isNull();
        assertThat(model.error().get()).startsWith("To date:");
    }
}
