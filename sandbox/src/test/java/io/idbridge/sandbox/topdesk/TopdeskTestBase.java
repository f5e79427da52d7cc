package io.idbridge.sandbox.topdesk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator per test class, emptied before each test and seeded with one branch, and an HTTP client for it. */
abstract class TopdeskTestBase {
    static TopdeskSimulator simulator;
    static TopdeskTestClient client;

    SimulatedBranch amsterdam;

    @BeforeAll
    static void startSimulator() {
        simulator = new TopdeskSimulator().start();
        client = TopdeskTestClient.of(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
        amsterdam = simulator.addBranch("Amsterdam");
    }

    /** Seeds an active person in Amsterdam with these extra fields. */
    SimulatedPerson person(String employeeNumber, String surName, Map<String, ?> extra) {
        Map<String, Object> fields = new LinkedHashMap<>(extra);
        fields.put("employeeNumber", employeeNumber);
        fields.put("surName", surName);
        fields.put("branch", Map.of("id", amsterdam.id()));
        return simulator.addPerson(fields, false);
    }
}
