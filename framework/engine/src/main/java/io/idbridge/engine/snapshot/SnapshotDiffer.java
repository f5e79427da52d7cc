package io.idbridge.engine.snapshot;

import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.PersonVersion;
import io.idbridge.engine.store.StoredPerson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Compares two snapshots person by person; unchanged persons are recognised by hash without parsing. */
final class SnapshotDiffer {
    private SnapshotDiffer() {
    }

    /**
     * @param before the data of the persons in force who changed or left
     * @param after the data of the persons mapped now, which includes everyone whose data changed
     */
    static SnapshotDiff diff(Map<String, PersonVersion> previous, Map<String, PersonVersion> current,
                             Map<String, StoredPerson> before, Map<String, StoredPerson> after) {
        List<String> added = new ArrayList<>();
        Map<String, List<String>> changed = new TreeMap<>();
        current.forEach((id, version) -> {
            PersonVersion was = previous.get(id);
            if (was == null) {
                added.add(id);
            } else if (!was.hash().equals(version.hash())) {
                changed.put(id, changedPaths(PersonCodec.decode(before.get(id)), PersonCodec.decode(after.get(id))));
            }
        });
        List<String> removed = previous.keySet().stream().filter(id -> !current.containsKey(id)).sorted().toList();
        added.sort(null);
        return new SnapshotDiff(added, removed, changed);
    }

    static List<String> changedPaths(Person before, Person after) {
        Map<String, Object> old = flat(before);
        Map<String, Object> now = flat(after);
        Set<String> paths = new HashSet<>(old.keySet());
        paths.addAll(now.keySet());
        return paths.stream().filter(path -> !Objects.equals(old.get(path), now.get(path))).sorted().toList();
    }

    private static Map<String, Object> flat(Person person) {
        Map<String, Object> flat = new TreeMap<>();
        Maps.flatten(person.fields()).forEach((path, value) -> flat.put("person." + path, value));
        person.contracts().forEach(contract -> {
            String prefix = "contracts[" + contract.externalId() + "].";
            Map<String, Object> fields = new LinkedHashMap<>(contract.fields());
            fields.put("startDate", contract.startDate().toString());
            fields.put("endDate", contract.endDate() == null ? null : contract.endDate().toString());
            Maps.flatten(fields).forEach((path, value) -> flat.put(prefix + path, value));
        });
        return flat;
    }
}
