package io.idbridge.engine.snapshot;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.config.SourceThresholds;
import io.idbridge.engine.config.Threshold;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Department;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.BlockedRecord;
import io.idbridge.engine.store.NewSnapshot;
import io.idbridge.engine.store.PersonVersion;
import io.idbridge.engine.store.SnapshotInfo;
import io.idbridge.engine.store.SnapshotStatus;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StoredPerson;
import io.idbridge.spi.source.RecordKind;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every source, maps and aggregates the records into persons, compares them with the snapshot in force and
 * stores a new snapshot. The import is all-or-nothing: a failed read, an empty read (a kind of record dropping to
 * none, {@link EmptyReads}) or a crossed source threshold
 * stores the new snapshot as blocked, and the previous one stays in force.
 */
public final class Importer {
    private final EngineConfig config;
    private final Map<String, SourceConnector> connectors;
    private final StateStore store;
    private final Clock clock;
    private PersonsInForce inForceAfter;

    public Importer(EngineConfig config, Map<String, SourceConnector> connectors, StateStore store, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.connectors = Map.copyOf(connectors);
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The persons in force after {@link #run}: those of the snapshot it stored when accepted, else as before. */
    public PersonsInForce personsInForce() {
        if (inForceAfter == null) {
            throw new IllegalStateException("the import has not run");
        }
        return inForceAfter;
    }

    public ImportResult run(ProgressListener progress) {
        return run(PersonsInForce.read(store), progress);
    }

    /** @param previous the persons in force now, as a caller that already holds them knows them */
    public ImportResult run(PersonsInForce previous, ProgressListener progress) {
        List<BlockedRecord> blocked = new ArrayList<>();
        // every person of the new snapshot by version; the data only of those mapped now, kept encoded as they will
        // be stored (a mapped person takes several times its JSON's memory): the others are unchanged in force
        Map<String, PersonVersion> current = new HashMap<>(2 * previous.versions().size());
        Map<String, StoredPerson> mapped = new HashMap<>();
        Map<String, PersonSummary> currentSummaries = new HashMap<>();
        Map<String, SourceCounts> counts = new LinkedHashMap<>();
        Map<String, String> idsByAggregationKey = new HashMap<>();
        String emptyRead = null;
        Map<String, SourceCounts> countsBefore = previousCounts(previous);
        Map<String, PersonVersion> reusable = reusableBySourceHash(previous.versions());
        for (SourceSettings source : config.sources()) {
            SourceRead read;
            try {
                read = read(source, reusable, progress);
            } catch (RuntimeException failure) {
                // a partial read must never look like persons leaving: block the whole import
                return block(previous, "source " + source.name() + " could not be read: " + failure.getMessage(),
                        blocked);
            }
            counts.put(source.name(), read.counts());
            aggregate(source, read.outcomes(), new Aggregate(current, mapped, currentSummaries, previous), blocked,
                    idsByAggregationKey);
            if (emptyRead == null) {
                emptyRead = EmptyReads.check(source.name(), countsBefore.getOrDefault(source.name(),
                        SourceCounts.NONE), read.counts(), read.origins()).orElse(null);
            }
        }
        List<String> carriedOver = carryOver(previous, current, currentSummaries, blocked);
        // only the persons in force who changed or left are read: the diff and the thresholds need their data
        Map<String, StoredPerson> before = previous.read(previous.versions().values().stream()
                .filter(version -> !sameData(version, current.get(version.externalId())))
                .map(PersonVersion::externalId).toList());
        SnapshotDiff diff = SnapshotDiffer.diff(previous.versions(), current, before, mapped);
        String reason = emptyRead != null ? emptyRead
                : checkThresholds(previous.versions(), before, currentSummaries, diff, counts, blocked);
        if (reason != null) {
            return store(previous, current, SnapshotStatus.BLOCKED, reason, List.of(), List.of(), blocked, diff,
                    carriedOver, counts);
        }
        List<StoredPerson> changed = mapped.values().stream()
                .filter(person -> person.differsFrom(previous.versions().get(person.externalId())))
                .sorted(Comparator.comparing(StoredPerson::externalId)).toList();
        List<String> removed = previous.versions().keySet().stream().filter(id -> !current.containsKey(id)).toList();
        return store(previous, current, SnapshotStatus.ACCEPTED, null, changed, removed, blocked, diff, carriedOver,
                counts);
    }

    private static boolean sameData(PersonVersion before, PersonVersion now) {
        return now != null && now.hash().equals(before.hash());
    }

    /** One source's mapped records, what it gave of each kind, and where it read each kind from. */
    private record SourceRead(List<Outcome> outcomes, SourceCounts counts, Map<RecordKind, String> origins) {
    }

    /**
     * One source record: its person's version, the person's data when mapped now (null when the stored person was
     * reused) and what aggregation needs beside; or blocked.
     */
    private record Outcome(PersonVersion version, StoredPerson mapped, PersonSummary summary, String aggregationKey,
                           BlockedRecord blocked) {
    }

    /** The persons aggregated so far, and where the data of the unchanged ones is. */
    private record Aggregate(Map<String, PersonVersion> versions, Map<String, StoredPerson> mapped,
                             Map<String, PersonSummary> summaries, PersonsInForce previous) {
        /** The data of a person aggregated so far. */
        Person data(String id) {
            StoredPerson stored = mapped.get(id);
            return PersonCodec.decode(stored != null ? stored : previous.read(List.of(id)).get(id));
        }

        /** The data of a source record's person: mapped now, or reused from the snapshot in force. */
        Person data(Outcome outcome) {
            StoredPerson stored = outcome.mapped();
            return PersonCodec.decode(stored != null ? stored
                    : previous.read(List.of(outcome.version().externalId())).get(outcome.version().externalId()));
        }
    }

    private Outcome encoded(MappingOutcome mapping, String sourceHash) {
        Person person = mapping.person();
        if (person == null) {
            return new Outcome(null, null, null, null, mapping.blocked());
        }
        StoredPerson stored = PersonCodec.encode(person).fromSource(sourceHash);
        return new Outcome(stored.version(), stored, summary(person), aggregationKey(person), null);
    }

    /** A person stored for the same source record and mapping: what mapping it again would give. */
    private static Outcome reused(PersonVersion stored, SourceSettings source, SourcePerson record) {
        return new Outcome(stored, null, new PersonSummary(List.of(source.name()), record.contracts().size()),
                stored.externalId(), null);
    }

    /**
     * The persons of the snapshot in force by the digest of the record each was mapped from; none when persons are
     * aggregated on a mapped field, because that key is only known after mapping.
     */
    private Map<String, PersonVersion> reusableBySourceHash(Map<String, PersonVersion> previous) {
        Map<String, PersonVersion> reusable = new HashMap<>();
        if (config.aggregateOn().equals(EngineConfig.DEFAULT_AGGREGATE_ON)) {
            previous.values().stream().filter(version -> version.sourceHash() != null)
                    .forEach(version -> reusable.put(version.sourceHash(), version));
        }
        return reusable;
    }

    private SourceRead read(SourceSettings source, Map<String, PersonVersion> reusable, ProgressListener progress) {
        SourceConnector connector = connectors.get(source.name());
        if (connector == null) {
            throw new IllegalStateException("no connector for source " + source.name());
        }
        Map<String, Department> departments = new HashMap<>();
        try (Stream<SourceDepartment> stream = connector.departments()) {
            stream.forEach(department -> departments.put(department.externalId(), new Department(
                    department.externalId(), department.displayName(), department.parentExternalId(),
                    department.managerExternalId())));
        }
        LocalDate today = LocalDate.now(clock);
        PersonMapper mapper = new PersonMapper(source, departments, today);
        SourceRecordHash sourceHashes = new SourceRecordHash(source, departments, today);
        progress.start("Reading " + source.name(), -1);
        List<Outcome> outcomes = new ArrayList<>();
        long[] contracts = {0};
        // the connector is read on this thread; digesting and mapping each record, which is most of an import's CPU,
        // runs beside it on the other cores, the outcomes kept in the source's order
        try (Stream<SourcePerson> stream = connector.persons();
             OrderedWork<SourcePerson, Outcome> work = new OrderedWork<>(OrderedWork.cores(), "idbridge-import",
                     record -> {
                         String sourceHash = sourceHashes.of(record);
                         PersonVersion known = reusable.get(sourceHash);
                         return known != null ? reused(known, source, record)
                                 : encoded(mapper.map(record), sourceHash);
                     },
                     outcome -> {
                         outcomes.add(outcome);
                         progress.advance(1);
                     })) {
            stream.forEach(record -> {
                contracts[0] += record.contracts().size();
                work.add(record);
            });
            work.finish();
        } finally {
            progress.finish();
        }
        long mapped = outcomes.stream().filter(outcome -> outcome.version() != null).count();
        Map<RecordKind, String> origins = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            connector.origin(kind).ifPresent(origin -> origins.put(kind, origin));
        }
        return new SourceRead(outcomes, new SourceCounts(outcomes.size(), mapped, contracts[0], departments.size()),
                origins);
    }

    private void aggregate(SourceSettings source, List<Outcome> outcomes, Aggregate persons,
                           List<BlockedRecord> blocked, Map<String, String> idsByAggregationKey) {
        Set<String> seen = new HashSet<>(2 * outcomes.size());
        Set<String> duplicates = new HashSet<>();
        outcomes.stream().filter(outcome -> outcome.version() != null).map(outcome -> outcome.version().externalId())
                .filter(id -> !seen.add(id)).forEach(duplicates::add);
        for (Outcome outcome : outcomes) {
            if (outcome.blocked() != null) {
                blocked.add(outcome.blocked());
                continue;
            }
            String externalId = outcome.version().externalId();
            if (duplicates.contains(externalId)) {
                blocked.add(new BlockedRecord(source.name(), "external id " + externalId, externalId,
                        "duplicate external id " + externalId + " in source " + source.name()));
                continue;
            }
            // a person another source already gave (same aggregation key) keeps that source's external id
            String id = idsByAggregationKey.computeIfAbsent(outcome.aggregationKey(), key -> externalId);
            if (!persons.versions().containsKey(id)) {
                persons.versions().put(id, outcome.version());
                if (outcome.mapped() != null) {
                    persons.mapped().put(id, outcome.mapped());
                }
                persons.summaries().put(id, outcome.summary());
            } else {
                Person merged = merge(persons.data(id), persons.data(outcome));
                StoredPerson stored = PersonCodec.encode(merged);
                persons.versions().put(id, stored.version());
                persons.mapped().put(id, stored);
                persons.summaries().put(id, summary(merged));
            }
        }
    }

    private String aggregationKey(Person person) {
        if (config.aggregateOn().equals(EngineConfig.DEFAULT_AGGREGATE_ON)) {
            return person.externalId();
        }
        Object value = io.idbridge.engine.model.Maps.path(person.fields(), config.aggregateOn());
        // without a value to aggregate on, a person stands alone
        return value == null || value.toString().isBlank() ? "\u0000" + person.externalId()
                : value.toString().trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The earlier source's fields win; contracts are combined, a contract id seen before is kept once. */
    private static Person merge(Person first, Person later) {
        Map<String, Object> fields = new LinkedHashMap<>(later.fields());
        fields.putAll(first.fields());
        List<Contract> contracts = new ArrayList<>(first.contracts());
        Set<String> ids = first.contracts().stream().map(Contract::externalId).collect(Collectors.toSet());
        later.contracts().stream().filter(contract -> !ids.contains(contract.externalId())).forEach(contracts::add);
        List<String> sources = new ArrayList<>(first.sources());
        sources.addAll(later.sources());
        return new Person(first.externalId(), fields, contracts, sources);
    }

    /**
     * Keeps the previous version of persons whose new record is blocked. When a blocked record has no external id we
     * cannot tell whose it is, so no one is removed in this import.
     */
    private static List<String> carryOver(PersonsInForce previous, Map<String, PersonVersion> persons,
                                          Map<String, PersonSummary> summaries, List<BlockedRecord> blocked) {
        boolean unidentified = blocked.stream().anyMatch(record -> record.externalId() == null);
        Set<String> blockedIds = blocked.stream().map(BlockedRecord::externalId).collect(Collectors.toSet());
        List<String> carried = previous.versions().keySet().stream()
                .filter(id -> !persons.containsKey(id) && (unidentified || blockedIds.contains(id))).sorted().toList();
        previous.read(carried).forEach((id, before) -> {
            persons.put(id, before.version());
            summaries.put(id, summary(PersonCodec.decode(before)));
        });
        return carried;
    }

    /**
     * Source thresholds. A person whose every contract disappeared counts as removed, like one gone from the source:
     * either way the next plan takes their access away (a contracts export cut short looks exactly like this). Only
     * persons added, changed or gone can be added or removed; the unchanged ones count only towards the base.
     *
     * @param before the data in force of the persons who changed or left
     */
    private String checkThresholds(Map<String, PersonVersion> previous, Map<String, StoredPerson> before,
                                   Map<String, PersonSummary> current, SnapshotDiff diff,
                                   Map<String, SourceCounts> counts, List<BlockedRecord> blocked) {
        Map<String, PersonSummary> changedBefore = new HashMap<>();
        for (SourceSettings source : config.sources()) {
            String name = source.name();
            SourceThresholds limits = source.thresholds();
            if (limits.added() == null && limits.removed() == null && limits.blocked() == null) {
                continue;
            }
            if (changedBefore.isEmpty()) {
                before.forEach((id, person) -> changedBefore.put(id, summary(PersonCodec.decode(person))));
            }
            // plain loops: these run over every person at every import
            long base = 0;
            for (String id : previous.keySet()) {
                PersonSummary then = changedBefore.get(id);
                base += fromSource(then != null ? then : current.get(id), name) ? 1 : 0;
            }
            long added = 0;
            for (String id : diff.added()) {
                added += fromSource(current.get(id), name) ? 1 : 0;
            }
            for (String id : diff.changed().keySet()) {
                added += fromSource(current.get(id), name) && !fromSource(changedBefore.get(id), name) ? 1 : 0;
            }
            long removed = 0;
            for (Map.Entry<String, PersonSummary> entry : changedBefore.entrySet()) {
                PersonSummary then = entry.getValue();
                PersonSummary now = current.get(entry.getKey());
                if (fromSource(then, name) && (!fromSource(now, name) || then.contracts() > 0 && now.contracts() == 0)) {
                    removed++;
                }
            }
            long blockedCount = blocked.stream().filter(record -> record.source().equals(name)).count();
            String reason = crossed(name, "added", limits.added(), added, base);
            reason = reason != null ? reason : crossed(name, "removed (gone, or without any contract now)",
                    limits.removed(), removed, base);
            reason = reason != null ? reason
                    : crossed(name, "blocked", limits.blocked(), blockedCount, counts.get(name).records());
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String crossed(String source, String what, Threshold threshold, long count, long base) {
        if (threshold == null || !threshold.crossedBy(count, base)) {
            return null;
        }
        return "source " + source + ": " + count + " persons " + what + " (of " + base + ") reaches the threshold of "
                + threshold;
    }

    /** What the thresholds need of one person: the sources that gave them and how many contracts they have. */
    private record PersonSummary(List<String> sources, int contracts) {
    }

    private static boolean fromSource(PersonSummary person, String source) {
        return person != null && person.sources().contains(source);
    }

    private static PersonSummary summary(Person person) {
        return new PersonSummary(person.sources(), person.contracts().size());
    }

    /**
     * What the snapshot in force read per source. Snapshots stored before counts were kept give persons and contracts
     * from their persons (departments unknown, so not checked).
     */
    private Map<String, SourceCounts> previousCounts(PersonsInForce previous) {
        Optional<SnapshotInfo> inForce = store.latestSnapshot(true);
        if (inForce.isEmpty() || inForce.get().countsJson() != null) {
            return SourceCounts.read(inForce.map(SnapshotInfo::countsJson).orElse(null));
        }
        Map<String, SourceCounts> derived = new HashMap<>();
        for (StoredPerson stored : previous.read(previous.versions().keySet()).values()) {
            Person person = PersonCodec.decode(stored);
            for (String source : person.sources()) {
                SourceCounts sum = derived.getOrDefault(source, SourceCounts.NONE);
                derived.put(source, new SourceCounts(sum.records() + 1, sum.persons() + 1,
                        sum.contracts() + person.contracts().size(), 0));
            }
        }
        return derived;
    }

    private ImportResult block(PersonsInForce previous, String reason, List<BlockedRecord> blocked) {
        return store(previous, Map.of(), SnapshotStatus.BLOCKED, reason, List.of(), List.of(), blocked,
                SnapshotDiff.EMPTY, List.of(), null);
    }

    private ImportResult store(PersonsInForce previous, Map<String, PersonVersion> current, SnapshotStatus status,
                               String reason, List<StoredPerson> changed, List<String> removed,
                               List<BlockedRecord> blocked, SnapshotDiff diff, List<String> carriedOver,
                               Map<String, SourceCounts> counts) {
        NewSnapshot snapshot = new NewSnapshot(clock.instant(), status, reason, previous.snapshotId(), changed, removed,
                blocked, PersonCodec.write(diff), counts == null ? null : SourceCounts.write(counts));
        long id = store.inTransaction(transaction -> transaction.insertSnapshot(snapshot));
        inForceAfter = status == SnapshotStatus.ACCEPTED ? previous.after(id, current) : previous;
        int personCount = store.latestSnapshot(true).map(SnapshotInfo::personCount).orElse(0);
        return new ImportResult(id, status == SnapshotStatus.ACCEPTED, reason, personCount, diff, blocked, carriedOver);
    }
}
