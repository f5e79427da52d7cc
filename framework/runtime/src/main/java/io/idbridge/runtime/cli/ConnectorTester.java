package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import io.idbridge.runtime.config.ConnectorInstance;
import io.idbridge.runtime.plugin.ConnectorCatalog;
import io.idbridge.runtime.plugin.ConnectorKind;
import io.idbridge.spi.config.ConfigKey;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.target.TargetConnector;
import java.time.Clock;

/** Creates one configured connector through its factory and calls its online {@code test()}. */
final class ConnectorTester {
    private final ConnectorCatalog catalog;
    private final Clock clock;

    ConnectorTester(ConnectorCatalog catalog, Clock clock) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The outcome in one line: {@code ok: target helloid} or e.g. {@code authentication failed for target helloid: ...}. */
    TestOutcome test(ConnectorInstance instance) {
        String subject = instance.kind().displayName() + " " + instance.name();
        RuntimeConnectorContext context = new RuntimeConnectorContext(instance.name(), clock);
        try {
            if (instance.kind() == ConnectorKind.SOURCE) {
                try (SourceConnector connector = catalog.sourceFactory(instance.connectorName()).orElseThrow()
                        .create(context, instance.config())) {
                    connector.test();
                }
            } else {
                try (TargetConnector connector = catalog.targetFactory(instance.connectorName()).orElseThrow()
                        .create(context, instance.config())) {
                    connector.test();
                }
            }
            return new TestOutcome(true, "ok: " + subject);
        } catch (ConnectorException e) {
            return new TestOutcome(false, words(e.errorType()) + " for " + subject + ": " + masked(e.getMessage(), instance));
        } catch (RuntimeException e) {
            return new TestOutcome(false, "unexpected error for " + subject + ": " + e.getClass().getName() + ": "
                    + masked(String.valueOf(e.getMessage()), instance));
        }
    }

    /** The result of one test. */
    record TestOutcome(boolean passed, String line) {
    }

    private static String words(ErrorType type) {
        return switch (type) {
            case CONFIGURATION -> "configuration rejected";
            case AUTHENTICATION -> "authentication failed";
            case PERMISSION -> "permission denied";
            case NOT_FOUND -> "not found";
            case CONFLICT -> "conflict";
            case RATE_LIMITED -> "rate limited";
            case TRANSIENT -> "connection failed";
            case EXTERNAL -> "rejected";
            case INTERNAL -> "internal error";
            case UNSUPPORTED -> "unsupported";
        };
    }

    /** Connectors promise secret-free messages; this makes sure for the instance's own secrets. */
    private static String masked(String message, ConnectorInstance instance) {
        String result = message;
        for (ConfigKey key : instance.config().spec().keys()) {
            if (key.secret()) {
                Secret secret = instance.config().find(key.name(), Secret.class).orElse(null);
                if (secret != null && !secret.reveal().isEmpty()) {
                    result = result.replace(secret.reveal(), Secret.MASK);
                }
            }
        }
        return result;
    }
}
