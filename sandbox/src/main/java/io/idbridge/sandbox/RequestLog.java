package io.idbridge.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The requests a simulator received, oldest first. Thread-safe. Keeps the newest {@value #CAPACITY} requests so that a
 * long demo run cannot exhaust memory; tests stay far below that.
 */
public final class RequestLog {
    public static final int CAPACITY = 100_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    void add(RecordedRequest request) {
        synchronized (requests) {
            if (requests.size() == CAPACITY) {
                requests.removeFirst();
            }
            requests.addLast(request);
        }
    }

    /** A snapshot of every recorded request. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** A snapshot of the POST, PUT, PATCH and DELETE requests, whatever their status. */
    public List<RecordedRequest> mutatingRequests() {
        return requests().stream().filter(RecordedRequest::mutating).toList();
    }

    /** A snapshot of the requests answered with this status. */
    public List<RecordedRequest> withStatus(int status) {
        return requests().stream().filter(request -> request.status() == status).toList();
    }

    public int size() {
        synchronized (requests) {
            return requests.size();
        }
    }

    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
    }
}
