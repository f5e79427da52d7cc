package io.idbridge.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleOrganisationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @TempDir
    static Path directory;
    private static List<Map<String, String>> persons;
    private static List<Map<String, String>> contracts;
    private static List<Map<String, String>> departments;

    @BeforeAll
    static void writeSample() {
        new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY).writeTo(directory);
        persons = SampleFiles.rows(directory.resolve(SampleOrganisation.PERSONS_FILE));
        contracts = SampleFiles.rows(directory.resolve(SampleOrganisation.CONTRACTS_FILE));
        departments = SampleFiles.rows(directory.resolve(SampleOrganisation.DEPARTMENTS_FILE));
    }

    @Test
    void sameSeedAndDayGiveIdenticalBytes(@TempDir Path other) throws IOException {
        new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY).writeTo(other);

        for (String file : List.of("persons.csv", "contracts.csv", "departments.csv")) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(directory.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherPersons(@TempDir Path other) throws IOException {
        new SampleOrganisation(7, TODAY).writeTo(other);

        assertThat(Files.readString(other.resolve("persons.csv")))
                .isNotEqualTo(Files.readString(directory.resolve("persons.csv")));
    }

    @Test
    void filesUseTheDefaultColumnsWithoutQuotedFields() {
        assertThat(persons.get(0).keySet()).containsExactlyElementsOf(SamplePerson.COLUMNS);
        assertThat(contracts.get(0).keySet()).containsExactlyElementsOf(SampleContract.COLUMNS);
        assertThat(departments.get(0).keySet()).containsExactly("code", "name", "parent_code", "manager_id");
        for (String file : List.of("persons.csv", "contracts.csv", "departments.csv")) {
            assertThat(SampleFiles.lines(directory.resolve(file))).noneMatch(line -> line.contains("\""));
        }
    }

    @Test
    void organisationHasTwoHundredPersonsInFifteenDepartmentsUnderOneRoot() {
        assertThat(persons).hasSize(200);
        assertThat(persons).extracting(row -> row.get("employee_id")).doesNotHaveDuplicates();
        assertThat(departments).hasSize(15);
        assertThat(departments).filteredOn(row -> row.get("parent_code").isEmpty()).singleElement()
                .satisfies(root -> assertThat(root.get("name")).isEqualTo("Gemeente Lindeveld"));
        Set<String> codes = column(departments, "code");
        assertThat(departments).allSatisfy(row -> assertThat(row.get("parent_code")).isIn(union(codes, "")));
    }

    @Test
    void managersArePersonsAndEveryoneButTheTopHasAManager() {
        Set<String> ids = column(persons, "employee_id");
        assertThat(column(departments, "manager_id")).hasSize(15).allSatisfy(id -> assertThat(ids).contains(id));
        assertThat(persons).filteredOn(row -> row.get("manager_id").isEmpty()).hasSize(1);
        assertThat(column(persons, "manager_id")).allSatisfy(id -> assertThat(union(ids, "")).contains(id));
    }

    @Test
    void tenFutureStartersBeginWithinTwentyDays() {
        Map<String, List<Map<String, String>>> byPerson = contractsByPerson();
        List<String> starters = byPerson.entrySet().stream()
                .filter(entry -> entry.getValue().stream().allMatch(row -> start(row).isAfter(TODAY)))
                .map(Map.Entry::getKey).toList();

        assertThat(starters).hasSize(10);
        assertThat(starters).allSatisfy(id -> assertThat(start(byPerson.get(id).get(0)))
                .isBetween(TODAY.plusDays(1), TODAY.plusDays(20)));
    }

    @Test
    void eightLeaversEndWithinAFewDaysOfToday() {
        List<String> leavers = contractsByPerson().entrySet().stream()
                .filter(entry -> entry.getValue().stream().allMatch(row -> !row.get("end_date").isEmpty()
                        && !end(row).isBefore(TODAY.minusDays(5)) && !end(row).isAfter(TODAY.plusDays(6))))
                .map(Map.Entry::getKey).toList();

        assertThat(leavers).hasSize(8);
    }

    @Test
    void rehiresHaveAnEndedContractAndALaterOne() {
        List<String> rehires = contractsByPerson().entrySet().stream()
                .filter(entry -> entry.getValue().size() == 2)
                .filter(entry -> !entry.getValue().get(0).get("end_date").isEmpty()
                        && start(entry.getValue().get(1)).isAfter(end(entry.getValue().get(0))))
                .map(Map.Entry::getKey).toList();

        assertThat(rehires).hasSize(3);
    }

    @Test
    void sixPersonsHaveTwoCurrentContractsInDifferentDepartments() {
        long twoDepartments = contractsByPerson().values().stream()
                .filter(rows -> rows.size() == 2 && rows.stream().allMatch(row -> row.get("end_date").isEmpty()
                        && !start(row).isAfter(TODAY)))
                .filter(rows -> !rows.get(0).get("department_code").equals(rows.get(1).get("department_code")))
                .count();

        assertThat(twoDepartments).isEqualTo(6);
    }

    @Test
    void namesAreDutchWithPrefixesDiacriticsAndNickNames() {
        Set<String> prefixes = column(persons, "prefix");
        assertThat(prefixes).contains("van", "de", "van der", "van den");
        Set<String> fullNames = persons.stream().map(row -> row.get("first_name") + " " + row.get("last_name"))
                .collect(Collectors.toSet());
        assertThat(fullNames).contains("Ömer Çelik", "Zoë Berg", "Renée Graaf");
        assertThat(persons).filteredOn(row -> !row.get("nick_name").isEmpty()).hasSizeGreaterThan(20);
        assertThat(persons).filteredOn(row -> !row.get("partner_last_name").isEmpty()).hasSizeGreaterThan(10);
    }

    @Test
    void atLeastTwoPairsOfPersonsWouldGetTheSameUserName() {
        Map<String, Long> perUserName = persons.stream().collect(Collectors.groupingBy(row -> SampleGenerator
                .nameKey(row.get("nick_name").isEmpty() ? row.get("first_name") : row.get("nick_name"),
                        row.get("prefix"), row.get("last_name")), Collectors.counting()));

        assertThat(perUserName.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("jan.devries", "sanne.bakker");
    }

    @Test
    void contractsBelongToKnownPersonsAndDepartments() {
        Set<String> ids = column(persons, "employee_id");
        Set<String> codes = column(departments, "code");

        assertThat(contracts).allSatisfy(row -> {
            assertThat(ids).contains(row.get("employee_id"));
            assertThat(codes).contains(row.get("department_code"));
            assertThat(Double.parseDouble(row.get("fte"))).isBetween(0.1, 1.0);
        });
        assertThat(column(contracts, "contract_id")).hasSize(contracts.size());
    }

    private static Map<String, List<Map<String, String>>> contractsByPerson() {
        return contracts.stream().collect(Collectors.groupingBy(row -> row.get("employee_id")));
    }

    private static LocalDate start(Map<String, String> row) {
        return LocalDate.parse(row.get("start_date"));
    }

    private static LocalDate end(Map<String, String> row) {
        return LocalDate.parse(row.get("end_date"));
    }

    private static Set<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> row.get(column)).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> values, String extra) {
        return java.util.stream.Stream.concat(values.stream(), java.util.stream.Stream.of(extra))
                .collect(Collectors.toSet());
    }
}
