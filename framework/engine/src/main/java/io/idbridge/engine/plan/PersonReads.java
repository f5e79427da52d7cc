package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of per-person state of a target (held permissions, reserved values), read from the store person by person
 * for the first few persons a plan asks about, then for the whole target in one read. A first sync asks about every
 * person, and a query per person was a quarter of its plan; a sync in which a few persons changed asks about those
 * few only, and reading every person's state would be most of its plan.
 */
final class PersonReads<T> {
    private static final int PERSONS_BEFORE_READING_ALL = 10;

    private final Function<String, T> onePerson;
    private final Supplier<Map<String, T>> everyone;
    private final T none;
    private Map<String, T> all;
    private int asked;

    /**
     * @param onePerson reads one person's state
     * @param everyone reads every person's state in this target, by person id (persons without any may be left out)
     * @param none the state of a person {@code everyone} left out
     */
    PersonReads(Function<String, T> onePerson, Supplier<Map<String, T>> everyone, T none) {
        this.onePerson = requireNonNull(onePerson, "onePerson is null");
        this.everyone = requireNonNull(everyone, "everyone is null");
        this.none = requireNonNull(none, "none is null");
    }

    T of(String personId) {
        if (all == null && ++asked > PERSONS_BEFORE_READING_ALL) {
            all = everyone.get();
        }
        return all == null ? onePerson.apply(personId) : all.getOrDefault(personId, none);
    }
}
