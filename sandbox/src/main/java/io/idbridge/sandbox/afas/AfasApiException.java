package io.idbridge.sandbox.afas;

/** A refusal the AFAS simulator answers with AFAS's error body; the status is usually 500, as AFAS's is. */
final class AfasApiException extends RuntimeException {
    private final int status;

    AfasApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The answer AFAS gives to most refusals of an UpdateConnector or a GetConnector query: HTTP 500. */
    static AfasApiException rejected(String message) {
        return new AfasApiException(500, message);
    }

    int status() {
        return status;
    }
}
