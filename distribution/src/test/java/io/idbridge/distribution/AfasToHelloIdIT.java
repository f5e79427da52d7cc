package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedGroup;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's main job through {@code bin/idbridge}: AFAS simulator → IdBridge → HelloID simulator, with the
 * HelloID user name written back to AFAS as UPN. The configuration is the shipped {@code conf/afas-helloid.conf},
 * included as it is, with only the addresses, the secrets and the pacing overridden.
 */
class AfasToHelloIdIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int EMPLOYEES = 80;
    private static AfasSimulator afas;
    private static HelloIdSimulator helloId;

    @TempDir
    Path directory;
    private Installation installation;
    private Path config;

    @BeforeAll
    static void startSimulators() {
        afas = new AfasSimulator().start();
        helloId = new HelloIdSimulator().start();
    }

    @AfterAll
    static void stopSimulators() {
        afas.close();
        helloId.close();
    }

    @BeforeEach
    void firstSync() throws IOException {
        afas.reset();
        afas.today(TODAY);
        afas.load(AfasOrganisation.generate(8, TODAY, EMPLOYEES));
        helloId.reset();
        helloId.addGroup("All staff");
        installation = Installation.copyInto(directory.resolve("idbridge"));
        config = writeConfig(directory.resolve("data"));

        Result first = installation.run("sync", "-c", config.toString());

        assertThat(first.exitCode()).as(first.output()).isZero();
        afas.requestLog().clear();
        helloId.requestLog().clear();
    }

    @Test
    void everyNewHelloIdUserNameIsWrittenBackAsUpnAndASecondSyncChangesNothing() {
        List<SimulatedUser> users = helloId.users();
        assertThat(users).hasSizeGreaterThan(EMPLOYEES / 2);
        Map<String, String> userNames = users.stream().collect(Collectors.toMap(
                user -> String.valueOf(user.userAttributes().get("employeeId")), SimulatedUser::userName));
        Map<String, Object> upns = new TreeMap<>();
        Map<String, Object> emails = new TreeMap<>();
        afas.rows(AfasSimulator.USERS).stream().filter(row -> row.get("UPN") != null).forEach(row -> {
            upns.put(row.get("Medewerker").toString(), row.get("UPN"));
            emails.put(row.get("Medewerker").toString(), row.get("Email_werk_gebruiker"));
        });
        assertThat(upns).as("AFAS UPN per employee").isEqualTo(new TreeMap<>(userNames));
        assertThat(emails).as("AFAS user e-mail per employee").isEqualTo(new TreeMap<>(userNames));

        Result second = installation.run("sync", "-c", config.toString());

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        assertThat(afas.mutatingRequests()).as("requests that change AFAS").isEmpty();
    }

    @Test
    void aDepartmentChangeInAfasMovesTheHelloIdDepartmentGroup() {
        SimulatedUser moved = helloId.users().stream().filter(SimulatedUser::enabled)
                .filter(user -> departmentGroups(user).size() == 1).findFirst().orElseThrow();
        String employee = String.valueOf(moved.userAttributes().get("employeeId"));
        String before = departmentGroups(moved).iterator().next();
        String unit = afas.rows(AfasSimulator.ORGANIZATIONAL_UNITS).stream()
                .map(row -> row.get("ExternalId").toString())
                .filter(code -> !before.equals("department_" + code)).findFirst().orElseThrow();
        moveEveryContract(employee, unit);

        Result result = installation.run("sync", "-c", config.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(departmentGroups(helloId.user(moved.userName()).orElseThrow()))
                .containsExactly("department_" + unit);
        assertThat(afas.mutatingRequests()).as("the UPN did not change, so nothing is written back").isEmpty();
    }

    @Test
    void anAfasPageThatFailsMidImportBlocksTheImportAndNothingChanges() {
        SimulatedUser someone = helloId.users().get(0);
        moveEveryContract(String.valueOf(someone.userAttributes().get("employeeId")),
                afas.rows(AfasSimulator.ORGANIZATIONAL_UNITS).get(0).get("ExternalId").toString());
        int before = helloId.users().size();
        // pages of 20 (see writeConfig): page 3 of the Users is read after the contracts, well into the import
        afas.failPage(AfasSimulator.USERS, 3, Integer.MAX_VALUE);

        Result result = installation.run("sync", "-c", config.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Import BLOCKED: source afas", AfasSimulator.USERS, "nothing changes");
        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        assertThat(afas.mutatingRequests()).as("requests that change AFAS").isEmpty();
        assertThat(helloId.users()).hasSize(before);
    }

    @Test
    void aWrongAfasTokenIsReportedWithoutShowingIt() throws IOException {
        String wrong = "<token><version>1</version><data>NOT-THE-TOKEN-4711</data></token>";
        Files.writeString(config, Files.readString(config).replace(AfasSimulator.DEFAULT_TOKEN, wrong));

        Result result = installation.run("test", "-c", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("authentication failed for source afas")
                .doesNotContain("NOT-THE-TOKEN-4711");
    }

    /** Every position and employment of the employee moves to the unit, as HR records a transfer. */
    private static void moveEveryContract(String employee, String unit) {
        for (String connector : List.of(AfasSimulator.EMPLOYMENTS, AfasSimulator.POSITIONS)) {
            afas.rows(connector).stream().filter(row -> employee.equals(row.get("Medewerker")))
                    .forEach(row -> afas.updateRow(connector, row.get("ExternalID").toString(),
                            Map.of("Organisatorische_eenheid_code", unit)));
        }
    }

    private static Set<String> departmentGroups(SimulatedUser user) {
        return helloId.groups().stream().filter(group -> group.name().startsWith("department_"))
                .filter(group -> helloId.members(group.groupGuid()).contains(user.userGuid()))
                .map(SimulatedGroup::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The shipped example, included unchanged, pointed at the simulators; state in SQLite under {@code data}. */
    private Path writeConfig(Path data) throws IOException {
        Path example = directory.resolve("idbridge/conf/afas-helloid.conf");
        String dataDir = data.toAbsolutePath().toString().replace('\\', '/');
        String text = """
                include file("%s")
                idbridge {
                  state.url = "jdbc:sqlite:%s/idbridge.db"
                  data-dir = "%s"
                  sources.afas.config { base-url = "%s", token = "%s", page-size = 20 }
                  targets.helloid.config {
                    base-url = "%s", api-key = "%s", api-secret = "%s"
                    # parallel creates make the manager link depend on which runs first; pacing is the test's
                    set-manager = false, requests-per-second = 0
                  }
                  targets.afas-writeback.config { base-url = "%s", token = "%s" }
                }
                """.formatted(example.toAbsolutePath(), dataDir, dataDir, afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN,
                helloId.baseUrl(), HelloIdSimulator.DEFAULT_API_KEY, HelloIdSimulator.DEFAULT_API_SECRET,
                afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN);
        Files.createDirectories(data);
        Path file = data.resolve("idbridge.conf");
        Files.writeString(file, text);
        return file;
    }
}
