package com.interviewiq.engine.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTargetTest {
    private static final Path DATA = Path.of("/data/iq");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:file:/srv/db/main                       | H2 | jdbc:h2:file:/srv/db/main;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | r2dbc:h2:file:////srv/db/main?options=WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | sa
            jdbc:h2:/srv/db/main;MODE=PostgreSQL            | H2 | jdbc:h2:file:/srv/db/main;MODE=PostgreSQL;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | r2dbc:h2:file:////srv/db/main?options=MODE=PostgreSQL;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | sa
            jdbc:h2:file:rel/db;WRITE_DELAY=10              | H2 | jdbc:h2:file:/data/iq/rel/db;WRITE_DELAY=10;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | r2dbc:h2:file:////data/iq/rel/db?options=WRITE_DELAY=10;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | sa
            jdbc:h2:file:/srv/db/main;CACHE_SIZE=1024       | H2 | jdbc:h2:file:/srv/db/main;CACHE_SIZE=1024;WRITE_DELAY=0;AUTO_SERVER=TRUE | r2dbc:h2:file:////srv/db/main?options=CACHE_SIZE=1024;WRITE_DELAY=0;AUTO_SERVER=TRUE | sa
            jdbc:h2:mem:test                                | H2 | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1        | r2dbc:h2:mem:///test?options=DB_CLOSE_DELAY=-1 | sa
            r2dbc:h2:file:////srv/db/main                   | H2 | jdbc:h2:file:/srv/db/main;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | r2dbc:h2:file:////srv/db/main?options=WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | sa
            r2dbc:h2:mem:///test?options=DB_CLOSE_DELAY=-1  | H2 | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1        | r2dbc:h2:mem:///test?options=DB_CLOSE_DELAY=-1 | sa
            /srv/db/main                                    | H2 | jdbc:h2:file:/srv/db/main;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | r2dbc:h2:file:////srv/db/main?options=WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=32768 | sa
            jdbc:postgresql://db.example:5433/iq?user=u&password=p | POSTGRESQL | jdbc:postgresql://db.example:5433/iq | r2dbc:postgresql://db.example:5433/iq | u
            r2dbc:postgresql://u:p@db.example/iq            | POSTGRESQL | jdbc:postgresql://db.example:5432/iq | r2dbc:postgresql://db.example:5432/iq | u
            postgresql://u:p@127.0.0.1:5432/iq              | POSTGRESQL | jdbc:postgresql://127.0.0.1:5432/iq  | r2dbc:postgresql://127.0.0.1:5432/iq  | u
            postgresql+asyncpg://u:p@127.0.0.1:5432/iq      | POSTGRESQL | jdbc:postgresql://127.0.0.1:5432/iq  | r2dbc:postgresql://127.0.0.1:5432/iq  | u
            postgres://u:p@host/iq?sslmode=require          | POSTGRESQL | jdbc:postgresql://host:5432/iq?sslmode=require | r2dbc:postgresql://host:5432/iq?sslMode=require | u
            """)
    void acceptsEveryDocumentedForm(String url, Vendor vendor, String jdbc, String r2dbc, String user) {
        DatabaseTarget t = DatabaseTarget.parse(url, DATA);
        assertThat(t.vendor()).isEqualTo(vendor);
        assertThat(t.jdbcUrl()).isEqualTo(jdbc);
        assertThat(t.r2dbcUrl()).isEqualTo(r2dbc);
        assertThat(t.user()).isEqualTo(user);
        if (vendor == Vendor.POSTGRESQL) {
            assertThat(t.password().reveal()).isEqualTo("p");
        }
        // credentials never travel inside the URLs or the description
        assertThat(t.jdbcUrl() + t.r2dbcUrl() + t.location() + t).doesNotContain(":p@").doesNotContain("password");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite+aiosqlite:///tmp/x.db", "mysql://u:pw@host/db", "jdbc:mysql://host/db",
            "mongodb://host/db", "http://example.com", "interviewiq", "jdbc:h2:tcp://host/db", "postgresql://u:pw@/db",
            "postgresql://u:pw@host/", "r2dbc:h2:weird:///x", " "})
    void rejectsOtherFormsWithOneClearError(String url) {
        assertThatThrownBy(() -> DatabaseTarget.parse(url, DATA))
                .isInstanceOf(SettingsException.class)
                .hasMessageNotContaining("pw@");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite+aiosqlite:///tmp/x.db", "mysql://u:pw@host/db"})
    void unsupportedSchemesListTheAcceptedForms(String url) {
        assertThatThrownBy(() -> DatabaseTarget.parse(url, DATA))
                .hasMessageContaining("unsupported database URL")
                .hasMessageContaining("postgresql+asyncpg://")
                .hasMessageContaining("jdbc:h2:file:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://user%40corp:p%3Aw%2Fd@h/db | user@corp | p:w/d
            """)
    void decodesPercentEncodedCredentials(String url, String user, String password) {
        DatabaseTarget t = DatabaseTarget.parse(url, DATA);
        assertThat(t.user()).isEqualTo(user);
        assertThat(t.password().reveal()).isEqualTo(password);
        assertThat(t.password().toString()).isEqualTo("******");
    }
}
