package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.evaluate.PersonView;
import io.idbridge.engine.evaluate.PrimaryContractChooser;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.snapshot.PersonCodec;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.SnapshotInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persons of the snapshot in force, as notification templates and recipient expressions see them: the usual
 * {@code person} view, except that {@code person.manager} is the manager's own view (so that
 * {@code person.manager.contact.business.email} works), with empty fields when there is no known manager. A person
 * missing from the snapshot (e.g. removed from the source) has empty fields too. Each person is read once, when first
 * asked for: a run's mails name a few persons, not the whole snapshot.
 */
final class PersonDirectory {
    private final StateStore store;
    private final PrimaryContractChooser chooser;
    private final LocalDate today;
    private final Map<String, Person> found = new HashMap<>();
    private Optional<Long> snapshotId;

    PersonDirectory(StateStore store, PrimaryContractChooser chooser, LocalDate today) {
        this.store = requireNonNull(store, "store is null");
        this.chooser = requireNonNull(chooser, "chooser is null");
        this.today = requireNonNull(today, "today is null");
    }

    /** The {@code person} variable for this external id. */
    Map<String, Object> view(String personId) {
        Person person = find(personId);
        Map<String, Object> view = plainView(person);
        String managerId = person.managerId();
        view.put("manager", plainView(managerId == null ? find("") : find(managerId)));
        return view;
    }

    private Map<String, Object> plainView(Person person) {
        return PersonView.person(person, chooser.choose(person.contracts(), today), Map.of(), today);
    }

    private Person find(String personId) {
        if (snapshotId == null) {
            snapshotId = store.latestSnapshot(true).map(SnapshotInfo::id);
        }
        return found.computeIfAbsent(personId, id -> snapshotId
                .flatMap(snapshot -> store.persons(snapshot, List.of(id)).stream().findFirst())
                .map(PersonCodec::decode).orElseGet(() -> new Person(id, Map.of(), List.of(), List.of())));
    }
}
