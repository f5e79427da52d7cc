package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One message ready to send.
 *
 * @param about what it is about, for log messages (e.g. {@code on-create 1001 helloid}); no personal data beyond ids
 */
public record Mail(List<String> to, String subject, String body, String about) {
    public Mail {
        to = List.copyOf(to);
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(about, "about is null");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
    }
}
