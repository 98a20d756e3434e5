package com.interviewiq.engine.db;

import com.interviewiq.engine.config.DatabaseTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flyway runs only when the schema is behind (or in doubt); a current schema costs one query. */
class MigrationsTest {
    @TempDir
    Path temp;

    @Test
    void theShippedVersionsAreTheScriptsInDbMigration() throws Exception {
        Path dir = Path.of(URI.create(Migrations.class.getResource("/db/migration").toString()));
        Pattern version = Pattern.compile("V([0-9._]+)__.*\\.sql");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> version.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.')))
                    .containsExactlyInAnyOrderElementsOf(Migrations.SHIPPED);
        }
    }

    @Test
    void aFreshDatabaseIsMigratedThenFoundCurrentWithoutFlyway() throws SQLException {
        DatabaseTarget target = DatabaseTarget.defaultH2(temp);
        assertThat(Migrations.status(target)).isEqualTo(new Migrations.Status("none", Migrations.SHIPPED.size()));

        assertThat(Migrations.migrate(target)).isEqualTo(Migrations.SHIPPED.size());
        assertThat(Migrations.status(target)).isEqualTo(new Migrations.Status(Migrations.SHIPPED.getLast(), 0));

        // Flyway would refuse an edited script's checksum; a current schema does not get that far
        update(target, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
        assertThat(Migrations.migrate(target)).isZero();
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlywayToReport() throws SQLException {
        DatabaseTarget target = DatabaseTarget.defaultH2(temp);
        Migrations.migrate(target);
        update(target, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '5'");

        assertThatThrownBy(() -> Migrations.migrate(target)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot migrate the schema of " + target.location());
        assertThat(Migrations.status(target)).as("the failed one counts as pending")
                .isEqualTo(new Migrations.Status("3", 1));
    }

    private static void update(DatabaseTarget target, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password().reveal())) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
