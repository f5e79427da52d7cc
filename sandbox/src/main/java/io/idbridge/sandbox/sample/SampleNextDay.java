package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.sample.SampleNames.FamilyName;
import io.idbridge.sandbox.sample.SampleNames.GivenName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Derives the next day's export from a day's: exactly one hire, one leaver, one transfer and one rename. */
final class SampleNextDay {
    /** The next day's data and what changed. */
    record Result(SampleData data, List<SampleChange> changes) {
        Result {
            requireNonNull(data, "data is null");
            changes = List.copyOf(changes);
        }
    }

    /** Days between the next day and the new hire's first working day. */
    static final int HIRE_STARTS_AFTER_DAYS = 7;

    private final Random random;
    private final LocalDate nextDay;

    SampleNextDay(long seed, LocalDate nextDay) {
        // a separate stream of draws, so the changes do not depend on how many draws generation made
        this.random = new Random(~seed);
        this.nextDay = requireNonNull(nextDay, "nextDay is null");
    }

    Result apply(SampleData data) {
        List<SamplePerson> candidates = new ArrayList<>(stablePersons(data));
        Collections.shuffle(candidates, random);
        SamplePerson leaver = candidates.get(0);
        SamplePerson transferred = candidates.get(1);
        SamplePerson renamed = candidates.get(2);
        Map<String, SamplePerson> persons = data.persons().stream()
                .collect(Collectors.toMap(SamplePerson::id, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        Map<String, SampleContract> contracts = data.contracts().stream()
                .collect(Collectors.toMap(SampleContract::contractId, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        List<SampleChange> changes = new ArrayList<>();

        SamplePerson hire = hire(data, persons, contracts);
        changes.add(new SampleChange(SampleChange.Kind.HIRE, hire.id(), "hire: " + hire.id() + " "
                + hire.displayName() + " starts on " + nextDay.plusDays(HIRE_STARTS_AFTER_DAYS) + " in "
                + contracts.get(hire.id() + "-1").department().name()));

        SampleContract leaving = data.contractsOf(leaver.id()).get(0);
        contracts.put(leaving.contractId(), leaving.withEndDate(nextDay));
        changes.add(new SampleChange(SampleChange.Kind.LEAVER, leaver.id(), "leaver: " + leaver.id() + " "
                + leaver.displayName() + " leaves on " + nextDay));

        SampleContract moving = data.contractsOf(transferred.id()).get(0);
        SampleContractPlanner planner = new SampleContractPlanner(random, nextDay);
        SampleDepartment target = planner.otherTeam(moving.department());
        String newManager = data.managers().managerFor(target, transferred.id());
        contracts.put(moving.contractId(), moving.withDepartment(target, planner.staffTitle(target), newManager));
        persons.put(transferred.id(), transferred.withManagerId(newManager));
        changes.add(new SampleChange(SampleChange.Kind.TRANSFER, transferred.id(), "transfer: " + transferred.id()
                + " " + transferred.displayName() + " from " + moving.department().name() + " to " + target.name()));

        FamilyName newFamily = unusedFamilyName(data, renamed);
        SamplePerson afterRename = renamed.withFamilyName(newFamily.prefix(), newFamily.name());
        persons.put(renamed.id(), afterRename);
        changes.add(new SampleChange(SampleChange.Kind.RENAME, renamed.id(), "rename: " + renamed.id() + " "
                + renamed.displayName() + " is now " + afterRename.displayName()));

        return new Result(new SampleData(List.copyOf(persons.values()), List.copyOf(contracts.values()),
                data.managers()), changes);
    }

    /** Persons with one open contract that started before today, who manage nobody and share no user name. */
    private List<SamplePerson> stablePersons(SampleData data) {
        Map<String, Long> keyCounts = data.persons().stream()
                .collect(Collectors.groupingBy(SampleNextDay::nameKey, Collectors.counting()));
        return data.persons().stream()
                .filter(person -> !data.managers().isManager(person.id()))
                .filter(person -> keyCounts.get(nameKey(person)) == 1)
                .filter(person -> {
                    List<SampleContract> own = data.contractsOf(person.id());
                    return own.size() == 1 && own.get(0).endDate() == null
                            && own.get(0).startDate().isBefore(nextDay.minusDays(1));
                })
                .toList();
    }

    private SamplePerson hire(SampleData data, Map<String, SamplePerson> persons,
                              Map<String, SampleContract> contracts) {
        String id = String.valueOf(data.persons().stream().mapToInt(person -> Integer.parseInt(person.id())).max()
                .orElse(SampleGenerator.FIRST_ID - 1) + 1);
        Set<String> usedKeys = data.persons().stream().map(SampleNextDay::nameKey).collect(Collectors.toSet());
        GivenName given;
        FamilyName family;
        do {
            given = SampleNames.GIVEN_NAMES.get(random.nextInt(SampleNames.GIVEN_NAMES.size()));
            family = SampleNames.FAMILY_NAMES.get(random.nextInt(SampleNames.FAMILY_NAMES.size()));
        } while (usedKeys.contains(SampleGenerator.nameKey(given.nick().isEmpty() ? given.first() : given.nick(),
                family.prefix(), family.name())));
        SampleContractPlanner planner = new SampleContractPlanner(random, nextDay);
        SampleDepartment department = planner.anyTeam();
        String manager = data.managers().managerFor(department, id);
        SamplePerson hire = new SamplePerson(id, given.first(), given.nick(), SampleNames.initials(given.first(), ""),
                family.prefix(), family.name(), "", "", "B", "", String.format("088-%07d", 4_560_000
                + Integer.parseInt(id) - SampleGenerator.FIRST_ID), "", "", manager);
        persons.put(id, hire);
        SampleContract contract = SampleContractPlanner.contract(id, 1, nextDay.plusDays(HIRE_STARTS_AFTER_DAYS),
                null, department, planner.staffTitle(department), SampleContractType.PERMANENT, BigDecimal.valueOf(1.0),
                manager);
        contracts.put(contract.contractId(), contract);
        return hire;
    }

    private FamilyName unusedFamilyName(SampleData data, SamplePerson person) {
        Set<String> usedKeys = data.persons().stream().map(SampleNextDay::nameKey).collect(Collectors.toSet());
        String nick = person.nickName().isEmpty() ? person.firstName() : person.nickName();
        while (true) {
            FamilyName family = SampleNames.FAMILY_NAMES.get(random.nextInt(SampleNames.FAMILY_NAMES.size()));
            if (!usedKeys.contains(SampleGenerator.nameKey(nick, family.prefix(), family.name()))) {
                return family;
            }
        }
    }

    private static String nameKey(SamplePerson person) {
        return SampleGenerator.nameKey(person.nickName().isEmpty() ? person.firstName() : person.nickName(),
                person.prefix(), person.lastName());
    }
}
