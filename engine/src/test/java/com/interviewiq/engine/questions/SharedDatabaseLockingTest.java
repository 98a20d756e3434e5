package com.interviewiq.engine.questions;

import com.interviewiq.engine.config.DatabaseTarget;
import com.interviewiq.engine.db.Migrations;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.SyncExecutor;
import com.interviewiq.engine.config.Vendor;
import com.interviewiq.engine.testing.Backend;
import com.interviewiq.engine.testing.Drafts;
import com.interviewiq.engine.testing.Services;
import com.interviewiq.engine.testing.TestDatabases;
import com.interviewiq.engine.validation.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two consoles (one sync, one async engine) share one PostgreSQL database and edit the same question. */
class SharedDatabaseLockingTest {
    @Test
    void theSecondConsolesStaleSaveIsRefused() {
        DatabaseTarget target = TestDatabases.freshPostgres();
        Migrations.migrate(target);
        Backend sync = new Backend(Vendor.POSTGRESQL, Mode.SYNC, SyncExecutor.PLATFORM);
        Backend async = new Backend(Vendor.POSTGRESQL, Mode.ASYNC, SyncExecutor.PLATFORM);
        try (Services alice = Services.over(sync.open(target, Backend.SMALL_POOL), Clock.systemUTC());
             Services bob = Services.over(async.open(target, Backend.SMALL_POOL), Clock.systemUTC())) {
            Question created = join(alice.questions().create(Drafts.valid("shared-1", "SQL", 3)));
            Question aliceCopy = join(alice.questions().find(created.id())).orElseThrow();
            Question bobCopy = join(bob.questions().find(created.id())).orElseThrow();

            join(alice.questions().update(aliceCopy.id(), aliceCopy.version(), aliceCopy.toDraft().withTitle("Alice's title")));
            assertThatThrownBy(() -> join(bob.questions().update(bobCopy.id(), bobCopy.version(),
                    bobCopy.toDraft().withTitle("Bob's title"))))
                    .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("reload");

            Question stored = join(bob.questions().find(created.id())).orElseThrow();
            assertThat(stored.title()).isEqualTo("Alice's title");
            assertThat(stored.version()).isEqualTo(2);
            // Bob reloads and saves on top of Alice's change
            Question bobAgain = join(bob.questions().update(stored.id(), stored.version(), stored.toDraft().withTitle("Bob's title")));
            assertThat(bobAgain.version()).isEqualTo(3);
        }
    }
}
