package io.idbridge.sandbox.topdesk;

/** A request the simulated API refuses; becomes a TOPdesk error body with this status and message. */
final class TopdeskApiException extends RuntimeException {
    private final int status;

    TopdeskApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static TopdeskApiException badRequest(String message) {
        return new TopdeskApiException(400, message);
    }

    static TopdeskApiException personNotFound(String id) {
        return new TopdeskApiException(404, "No person found with id '" + id + "'");
    }

    int status() {
        return status;
    }
}
