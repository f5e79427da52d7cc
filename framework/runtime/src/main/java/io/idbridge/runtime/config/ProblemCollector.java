package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.ConfigOrigin;
import java.util.ArrayList;
import java.util.List;

/** Collects configuration problems so that a user sees every mistake of a file in one run. Not thread-safe. */
public final class ProblemCollector {
    private final List<ConfigProblem> problems = new ArrayList<>();

    public void add(ConfigProblem problem) {
        problems.add(requireNonNull(problem, "problem is null"));
    }

    /** Adds a problem at the origin of a HOCON value; {@code origin} may be null when the value is absent. */
    public void add(String path, String message, ConfigOrigin origin) {
        add(new ConfigProblem(path, message, Origins.describe(origin)));
    }

    /** Every problem in the order found. */
    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }
}
