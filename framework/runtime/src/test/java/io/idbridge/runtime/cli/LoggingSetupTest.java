package io.idbridge.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {
    @AfterEach
    void restoreDefaultLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
    }

    @Test
    void logJsonSwitchesTheRootAppenderToTheJsonEncoder() {
        LoggingSetup.apply(true, false);

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ConsoleAppender<?> appender = (ConsoleAppender<?>) context.getLogger("ROOT").getAppender("JSON");
        assertThat(appender).isNotNull();
        assertThat(appender.getEncoder()).isInstanceOf(JsonEncoder.class);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getLevel() == ch.qos.logback.core.status.Status.ERROR);
    }
}
