package io.idbridge.scenario;

import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up every scenario shares: one HelloID simulator per test class (starting it is the slow part), and a fresh
 * {@link HelloIdScenario} per test, which resets the simulator and opens a new state store in its own directory.
 * One test instance per class, so the simulator is this class's own field rather than a static shared by subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HelloIdScenarioTestBase {
    protected HelloIdSimulator simulator;
    protected HelloIdScenario scenario;

    @BeforeAll
    void startSimulator() {
        simulator = new HelloIdSimulator().start();
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    // a parameter, not a field: with one instance per class a @TempDir field would be shared by all its tests
    @BeforeEach
    void openScenario(@TempDir Path directory) {
        scenario = new HelloIdScenario(simulator, directory);
    }

    @AfterEach
    void closeScenario() {
        scenario.close();
    }
}
