package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The content of the three export files.
 *
 * @param persons in persons.csv order
 * @param contracts in contracts.csv order
 * @param managers the manager of every department
 */
record SampleData(List<SamplePerson> persons, List<SampleContract> contracts, SampleManagers managers) {
    SampleData {
        persons = List.copyOf(persons);
        contracts = List.copyOf(contracts);
        requireNonNull(managers, "managers is null");
    }

    List<SampleContract> contractsOf(String personId) {
        return contracts.stream().filter(contract -> contract.employeeId().equals(personId)).toList();
    }
}
