package io.idbridge.runtime.cli;

/** A command whose engine logic is not wired yet; the CLI prints the message and exits with 2. */
final class NotAvailableYetException extends RuntimeException {
    NotAvailableYetException(String what) {
        super("not available yet: " + what + " arrives with the engine");
    }
}
