package io.idbridge.runtime.plugin;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns an exception chain into one line for a person: the distinct first lines of each message, outermost first. */
final class Reasons {
    private static final int MAXIMUM_LENGTH = 400;

    private Reasons() {
    }

    static String describe(Throwable throwable) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable current = throwable; current != null && parts.size() < 4; current = current.getCause()) {
            String message = guiceMessages(current);
            String line = message == null || message.isBlank()
                    ? current.getClass().getSimpleName()
                    : firstLine(message);
            if (parts.stream().noneMatch(part -> part.contains(line))) {
                parts.add(line);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        String joined = String.join(": ", parts);
        return joined.length() <= MAXIMUM_LENGTH ? joined : joined.substring(0, MAXIMUM_LENGTH) + "...";
    }

    /** Guice's own first line only says "see the following errors"; the useful words are in its messages. */
    private static String guiceMessages(Throwable throwable) {
        Collection<Message> messages;
        if (throwable instanceof ProvisionException provision) {
            messages = provision.getErrorMessages();
        } else if (throwable instanceof ConfigurationException configuration) {
            messages = configuration.getErrorMessages();
        } else if (throwable instanceof CreationException creation) {
            messages = creation.getErrorMessages();
        } else {
            return throwable.getMessage();
        }
        return String.join("; ", messages.stream().map(message -> firstLine(message.getMessage())).toList());
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
