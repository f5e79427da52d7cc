package io.idbridge.engine.snapshot;

import io.idbridge.engine.store.PersonVersion;
import io.idbridge.engine.store.SnapshotInfo;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StoredPerson;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The persons of the snapshot in force: which version each has is read at once (a few bytes a person), their data only
 * for the persons asked for, because an import or plan that finds most persons unchanged needs little of it.
 */
public final class PersonsInForce {
    static final int READ_AHEAD = 1_000;

    private final StateStore store;
    private final Long snapshotId;
    private final Map<String, PersonVersion> versions;

    private PersonsInForce(StateStore store, Long snapshotId, Map<String, PersonVersion> versions) {
        this.store = store;
        this.snapshotId = snapshotId;
        this.versions = versions;
    }

    public static PersonsInForce read(StateStore store) {
        Optional<SnapshotInfo> inForce = store.latestSnapshot(true);
        Map<String, PersonVersion> versions = new LinkedHashMap<>();
        inForce.ifPresent(snapshot -> store.personVersions(snapshot.id())
                .forEach(version -> versions.put(version.externalId(), version)));
        return new PersonsInForce(store, inForce.map(SnapshotInfo::id).orElse(null), versions);
    }

    /** The persons of snapshot {@code snapshotId}, accepted with these versions after this one. */
    PersonsInForce after(long snapshotId, Map<String, PersonVersion> versions) {
        return new PersonsInForce(store, snapshotId, Collections.unmodifiableMap(versions));
    }

    /** The snapshot in force; null when none was accepted yet. */
    public Long snapshotId() {
        return snapshotId;
    }

    /** Every person's version by external id, in no particular order. */
    public Map<String, PersonVersion> versions() {
        return versions;
    }

    /** The chosen persons with their data, by external id; ids not in force are left out. */
    public Map<String, StoredPerson> read(Collection<String> externalIds) {
        Map<String, StoredPerson> persons = new HashMap<>();
        if (snapshotId != null && !externalIds.isEmpty()) {
            store.persons(snapshotId, externalIds).forEach(person -> persons.put(person.externalId(), person));
        }
        return persons;
    }

    /**
     * The data of these persons, one after another in the order given, read {@value #READ_AHEAD} at a time: a full plan
     * holds one chunk of data instead of the whole snapshot's.
     */
    public Iterator<StoredPerson> readInOrder(List<String> externalIds) {
        return new Iterator<>() {
            private int next;
            private Map<String, StoredPerson> chunk = Map.of();

            @Override
            public boolean hasNext() {
                return next < externalIds.size();
            }

            @Override
            public StoredPerson next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String id = externalIds.get(next++);
                if (!chunk.containsKey(id)) {
                    chunk = read(externalIds.subList(next - 1, Math.min(externalIds.size(), next - 1 + READ_AHEAD)));
                }
                StoredPerson person = chunk.get(id);
                if (person == null) {
                    throw new IllegalStateException("person " + id + " is not in snapshot " + snapshotId);
                }
                return person;
            }
        };
    }
}
