package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of per-person state of a target (held permissions, reserved values), read from the store either person by
 * person or, when a plan asks about many persons, for the whole target in one read at the first question. A first
 * sync asks about every person, and a query per person was a quarter of its plan; a sync in which a few persons
 * changed asks about those few, and reading every person's state would be most of its plan.
 */
final class PersonReads<T> {
    private final Function<String, T> onePerson;
    private final Supplier<Map<String, T>> everyone;
    private final T none;
    private final boolean readAll;
    private Map<String, T> all;

    /**
     * @param onePerson reads one person's state
     * @param everyone reads every person's state in this target, by person id (persons without any may be left out)
     * @param none the state of a person {@code everyone} left out
     * @param readAll whether to read everyone's state at the first question instead of each person's
     */
    PersonReads(Function<String, T> onePerson, Supplier<Map<String, T>> everyone, T none, boolean readAll) {
        this.onePerson = requireNonNull(onePerson, "onePerson is null");
        this.everyone = requireNonNull(everyone, "everyone is null");
        this.none = requireNonNull(none, "none is null");
        this.readAll = readAll;
    }

    T of(String personId) {
        if (!readAll) {
            return onePerson.apply(personId);
        }
        if (all == null) {
            all = everyone.get();
        }
        return all.getOrDefault(personId, none);
    }
}
