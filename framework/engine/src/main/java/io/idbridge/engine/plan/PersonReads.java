package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of per-person state of a target (accounts, held permissions, reserved values), read from the store for
 * the persons a plan asks about, or, when a plan asks about many persons, for the whole target in one read at the
 * first question. A first sync asks about every person, and a query per person was a quarter of its plan; a sync in
 * which a few persons changed asks about those few, and reading every person's state would be most of its plan. The
 * persons the plan goes through are read {@value #PERSONS_PER_READ} at a time, in the plan's order, because a query
 * per person was most of planning them. A plan only reads, so what was read once is kept for the plan's length.
 */
final class PersonReads<T> {
    static final int PERSONS_PER_READ = 500;

    private final Function<Collection<String>, Map<String, T>> somePersons;
    private final Supplier<Map<String, T>> everyone;
    private final T none;
    private final boolean readAll;
    private final List<String> planned;
    private final Map<String, Integer> plannedPositions = new HashMap<>();
    private final Map<String, T> read = new HashMap<>();
    private Map<String, T> all;

    /**
     * @param somePersons reads the state of the persons given, by person id (persons without any may be left out)
     * @param everyone reads every person's state in this target, by person id (persons without any may be left out)
     * @param none the state of a person left out
     * @param planned the persons the plan goes through, in its order: their state is read ahead
     * @param readAll whether to read everyone's state at the first question instead
     */
    PersonReads(Function<Collection<String>, Map<String, T>> somePersons, Supplier<Map<String, T>> everyone, T none,
                List<String> planned, boolean readAll) {
        this.somePersons = requireNonNull(somePersons, "somePersons is null");
        this.everyone = requireNonNull(everyone, "everyone is null");
        this.none = requireNonNull(none, "none is null");
        this.planned = List.copyOf(planned);
        this.readAll = readAll;
        if (!readAll) {
            for (int position = 0; position < this.planned.size(); position++) {
                plannedPositions.put(this.planned.get(position), position);
            }
        }
    }

    T of(String personId) {
        if (all != null || readAll) {
            return everyone().getOrDefault(personId, none);
        }
        T known = read.get(personId);
        if (known != null) {
            return known;
        }
        Integer position = plannedPositions.get(personId);
        List<String> ids = position == null ? List.of(personId)
                : planned.subList(position, Math.min(planned.size(), position + PERSONS_PER_READ));
        Map<String, T> states = somePersons.apply(ids);
        ids.forEach(id -> read.putIfAbsent(id, states.getOrDefault(id, none)));
        return read.get(personId);
    }

    /** Every person's state, read once. */
    Map<String, T> everyone() {
        if (all == null) {
            all = everyone.get();
            read.clear();
        }
        return all;
    }
}
