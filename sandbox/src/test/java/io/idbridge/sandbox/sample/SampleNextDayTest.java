package io.idbridge.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleNextDayTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate NEXT_DAY = TODAY.plusDays(1);

    @TempDir
    static Path today;
    @TempDir
    static Path nextDay;
    private static List<SampleChange> changes;

    @BeforeAll
    static void writeBothDays() {
        SampleOrganisation organisation = new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY);
        organisation.writeTo(today);
        changes = organisation.writeNextDayTo(nextDay);
    }

    @Test
    void changesAreOneHireOneLeaverOneTransferAndOneRenameOfFourPersons() {
        assertThat(changes).extracting(SampleChange::kind).containsExactly(SampleChange.Kind.HIRE,
                SampleChange.Kind.LEAVER, SampleChange.Kind.TRANSFER, SampleChange.Kind.RENAME);
        assertThat(changes).extracting(SampleChange::personId).doesNotHaveDuplicates();
        assertThat(changes).allSatisfy(change -> assertThat(change.description())
                .startsWith(change.kind().name().toLowerCase() + ": " + change.personId() + " "));
    }

    @Test
    void personsFileDiffersOnlyByTheHireTheRenameAndTheTransferredPersonsManager() {
        Map<String, Map<String, String>> before = byId("persons.csv", today, "employee_id");
        Map<String, Map<String, String>> after = byId("persons.csv", nextDay, "employee_id");

        assertThat(difference(after.keySet(), before.keySet())).containsExactly(personOf(SampleChange.Kind.HIRE));
        assertThat(after.keySet()).containsAll(before.keySet());
        Map<String, Set<String>> changed = changedColumns(before, after);
        assertThat(changed).containsOnlyKeys(personOf(SampleChange.Kind.RENAME), personOf(SampleChange.Kind.TRANSFER));
        assertThat(changed.get(personOf(SampleChange.Kind.RENAME))).contains("last_name").isSubsetOf("prefix",
                "last_name");
        assertThat(changed.get(personOf(SampleChange.Kind.TRANSFER))).containsExactly("manager_id");
    }

    @Test
    void contractsFileDiffersOnlyByTheHireTheLeaverAndTheTransfer() {
        Map<String, Map<String, String>> before = byId("contracts.csv", today, "contract_id");
        Map<String, Map<String, String>> after = byId("contracts.csv", nextDay, "contract_id");
        String leaver = personOf(SampleChange.Kind.LEAVER);
        String transferred = personOf(SampleChange.Kind.TRANSFER);

        assertThat(difference(after.keySet(), before.keySet()))
                .containsExactly(personOf(SampleChange.Kind.HIRE) + "-1");
        assertThat(after.get(personOf(SampleChange.Kind.HIRE) + "-1").get("start_date"))
                .isEqualTo(NEXT_DAY.plusDays(SampleNextDay.HIRE_STARTS_AFTER_DAYS).toString());
        Map<String, Set<String>> changed = changedColumns(before, after);
        assertThat(changed).containsOnlyKeys(leaver + "-1", transferred + "-1");
        assertThat(changed.get(leaver + "-1")).containsExactly("end_date");
        assertThat(after.get(leaver + "-1").get("end_date")).isEqualTo(NEXT_DAY.toString());
        assertThat(changed.get(transferred + "-1")).contains("department_code", "manager_id", "cost_center_code");
    }

    @Test
    void departmentsDoNotChange() throws IOException {
        assertThat(Files.readString(nextDay.resolve("departments.csv")))
                .isEqualTo(Files.readString(today.resolve("departments.csv")));
    }

    @Test
    void nextDayIsDeterministic(@TempDir Path again) throws IOException {
        List<SampleChange> repeated = new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY)
                .writeNextDayTo(again);

        assertThat(repeated).isEqualTo(changes);
        for (String file : List.of("persons.csv", "contracts.csv")) {
            assertThat(Files.readAllBytes(again.resolve(file))).isEqualTo(Files.readAllBytes(nextDay.resolve(file)));
        }
    }

    private static String personOf(SampleChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).findFirst().orElseThrow().personId();
    }

    private static Map<String, Map<String, String>> byId(String file, Path directory, String idColumn) {
        return SampleFiles.rows(directory.resolve(file)).stream()
                .collect(Collectors.toMap(row -> row.get(idColumn), Function.identity()));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new HashSet<>(left);
        result.removeAll(right);
        return result;
    }

    /** Row id to the columns whose value changed, for rows present on both days that changed. */
    private static Map<String, Set<String>> changedColumns(Map<String, Map<String, String>> before,
                                                           Map<String, Map<String, String>> after) {
        return before.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().keySet().stream()
                        .filter(column -> !entry.getValue().get(column).equals(after.get(entry.getKey()).get(column)))
                        .collect(Collectors.toSet())))
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
