package io.idbridge.engine.plan;

import io.idbridge.engine.config.UniqueField;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.store.StateStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds a free value for a unique field of one target: not reserved by another person, not taken by another person
 * earlier in this plan, and not in use in the target (when the connector can tell). Values compare case-insensitively.
 */
final class UniqueValues {
    private static final int LOOKUPS_BEFORE_READING_ALL = 10;

    private final String target;
    private final StateStore store;
    private final BiPredicate<String, String> valueInUse;
    private final Set<String> takenInPlan = new HashSet<>();
    private final Map<String, Integer> lookups = new HashMap<>();
    private final Map<String, Map<String, String>> reservationsRead = new HashMap<>();
    private Runnable recordExistingValues;

    /** @param valueInUse asks the target whether (field, value) is in use; null when the connector cannot tell */
    UniqueValues(String target, StateStore store, BiPredicate<String, String> valueInUse) {
        this.target = target;
        this.store = store;
        this.valueInUse = valueInUse;
    }

    /**
     * Sets how to record the values existing accounts keep; it runs before the first look-up only, because reading
     * every account's data was most of a plan in which no one needs a new value.
     */
    void keepExisting(Runnable recordExistingValues) {
        this.recordExistingValues = recordExistingValues;
    }

    /** Records a value a person keeps (an existing account's), so no one else is given it in this plan. */
    void keep(String field, String value) {
        takenInPlan.add(key(field, value));
    }

    /** The first free candidate, or empty when every candidate up to the limit is taken. */
    Optional<String> generate(UniqueField field, Map<String, Object> variables, String personId) {
        for (Expression candidate : field.candidates()) {
            boolean iterates = candidate.text().contains("iteration");
            int last = iterates ? field.maxIterations() : 0;
            for (int iteration = iterates ? 1 : 0; iteration <= last; iteration++) {
                variables.put("iteration", (long) iteration);
                String value = candidate.evaluateString(variables);
                if (!value.isBlank() && isFree(field.field(), value, personId)) {
                    takenInPlan.add(key(field.field(), value));
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isFree(String field, String value, String personId) {
        if (recordExistingValues != null) {
            Runnable record = recordExistingValues;
            recordExistingValues = null;
            record.run();
        }
        if (takenInPlan.contains(key(field, value))) {
            return false;
        }
        Optional<String> owner = reservationOwner(field, value);
        if (owner.isPresent()) {
            return owner.get().equals(personId);
        }
        return valueInUse == null || !valueInUse.test(field, value);
    }

    /**
     * Asks the store for the first look-ups of a field, then reads all its reservations once: a first sync generates
     * a value for every person, and a query per value was most of the time spent on uniqueness.
     */
    private Optional<String> reservationOwner(String field, String value) {
        Map<String, String> owners = reservationsRead.get(field);
        if (owners == null && lookups.merge(field, 1, Integer::sum) > LOOKUPS_BEFORE_READING_ALL) {
            owners = store.reservationOwners(target, field);
            reservationsRead.put(field, owners);
        }
        return owners == null ? store.reservationOwner(target, field, value)
                : Optional.ofNullable(owners.get(value));
    }

    private static String key(String field, String value) {
        return field + "=" + value.toLowerCase(Locale.ROOT);
    }
}
