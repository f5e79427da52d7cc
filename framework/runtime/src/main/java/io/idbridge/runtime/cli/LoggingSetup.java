package io.idbridge.runtime.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/** Applies {@code --log-json} and {@code --verbose}; called only by commands that run, never for {@code --help}. */
final class LoggingSetup {
    private LoggingSetup() {
    }

    static void apply(boolean json, boolean verbose) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (json) {
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            try {
                configurator.doConfigure(LoggingSetup.class.getResource("/idbridge-logback-json.xml"));
            } catch (JoranException e) {
                throw new IllegalStateException("cannot configure JSON logging: " + e.getMessage(), e);
            }
        }
        if (verbose) {
            context.getLogger("io.idbridge").setLevel(Level.DEBUG);
            context.getLogger("org.pf4j").setLevel(Level.INFO);
        }
    }
}
