package com.interviewiq.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The logging set up in code: INFO and up to the data dir's file, chatty libraries quieter, the XML never needed. */
class LogSetupTest {
    @TempDir
    Path logs;

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
        System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
    }

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogSetup.class.getName());
    }

    @Test
    void infoGoesToTheRollingFileInTheLogDirAndLibrariesAreQuieter() throws Exception {
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, logs.toString());
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as slf4j gives logback's own context
        context.start();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        context.getLogger("com.interviewiq.engine.Engine").info("engine started");
        context.getLogger("com.interviewiq.engine.Engine").debug("not kept");
        context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
        context.getLogger("org.flywaydb.core.Flyway").warn("flyway warning");
        assertThat(context.getLogger("io.netty").getLevel()).isEqualTo(Level.WARN);
        context.stop(); // flushes and closes the file

        String text = Files.readString(logs.resolve("interviewiq.log"));
        assertThat(text).contains("INFO  [").contains("engine started").contains("flyway warning")
                .doesNotContain("not kept").doesNotContain("flyway chatter");
    }

    @Test
    void anExplicitConfigurationFileWins() {
        System.setProperty("logback.configurationFile", "custom.xml");
        try {
            assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
