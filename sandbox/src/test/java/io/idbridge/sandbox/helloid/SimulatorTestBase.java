package io.idbridge.sandbox.helloid;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator per test class, emptied before each test, and a plain HTTP client for it. */
abstract class SimulatorTestBase {
    static HelloIdSimulator simulator;
    static HelloIdTestClient client;

    @BeforeAll
    static void startSimulator() {
        simulator = new HelloIdSimulator().start();
        client = HelloIdTestClient.of(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }
}
