package io.idbridge.engine.plan;

/** Something that keeps the plan from doing what the rules ask for one person, e.g. two accounts match. */
public record PlanProblem(String target, String personId, String problem) {
}
