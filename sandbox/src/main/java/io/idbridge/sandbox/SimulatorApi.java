package io.idbridge.sandbox;

/** The API behind a {@link SimulatorServer}: one simulated system. Implementations must be thread-safe. */
public interface SimulatorApi {
    /**
     * Answers one request (authentication included). Faults such as latency, failures and rate limiting are applied
     * by the server around this call.
     *
     * @param request never null
     * @return never null
     */
    SimulatorResponse handle(SimulatorRequest request);

    /** The system's error body for a status the server produces itself (429, 503, 500). */
    SimulatorResponse error(int status, String message);
}
