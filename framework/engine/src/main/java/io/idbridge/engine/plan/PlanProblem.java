package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

/**
 * Something that keeps the plan from doing what the rules ask for one person, e.g. two accounts match.
 *
 * @param target the target it concerns, or {@code (rules)} when the person's rules could not be evaluated
 * @param problem what is wrong, in words that are the same for every person with the same cause
 * @param withheld what the plan leaves out because of it; the rest of the person's plan goes ahead
 */
public record PlanProblem(String target, String personId, String problem, Withheld withheld) {
    public PlanProblem {
        requireNonNull(target, "target is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(problem, "problem is null");
        requireNonNull(withheld, "withheld is null");
    }

    /** How much of a person's plan a problem withholds. */
    public enum Withheld {
        /** Every action for the person, in every target: they keep what they have. */
        PERSON("every action for these persons in every target (they keep what they have)"),
        /** The person's actions in this target (account and permissions); other targets go ahead. */
        TARGET("their actions in this target; other targets go ahead"),
        /** Only this one permission; every other action for the person goes ahead. */
        PERMISSION("only this permission; every other action for them goes ahead");

        private final String description;

        Withheld(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
