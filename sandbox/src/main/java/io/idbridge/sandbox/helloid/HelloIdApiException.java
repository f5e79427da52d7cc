package io.idbridge.sandbox.helloid;

/** A request the simulated API refuses; becomes an error response with this status and message. */
final class HelloIdApiException extends RuntimeException {
    private final int status;

    HelloIdApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static HelloIdApiException userNotFound() {
        return new HelloIdApiException(404, HelloIdJson.USER_NOT_FOUND);
    }

    static HelloIdApiException badRequest(String message) {
        return new HelloIdApiException(400, message);
    }

    int status() {
        return status;
    }
}
