package com.interviewiq.ui.sessions;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTableTest {
    @Test
    void datesShowTheTimeThisYearAndTheYearBefore() {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime thisYear = ZonedDateTime.now(zone).withMonth(3).withDayOfMonth(4).withHour(9).withMinute(5);
        ZonedDateTime older = thisYear.minusYears(2);

        assertThat(HistoryTable.when(thisYear.toInstant())).isEqualTo("4 Mar 09:05");
        assertThat(HistoryTable.when(older.toInstant())).isEqualTo("4 Mar " + older.getYear());
    }
}
