package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedUser;
import io.idbridge.sandbox.topdesk.SimulatedBranch;
import io.idbridge.sandbox.topdesk.SimulatedPerson;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AFAS → HelloID + TOPdesk through {@code bin/idbridge}, with the shipped {@code conf/afas-helloid-topdesk.conf}
 * included as it is (only addresses, secrets and pacing overridden): employees get a HelloID account and a TOPdesk
 * person, hired staff kept only in TOPdesk (branch Inhuur) get a HelloID account.
 */
class AfasToHelloIdAndTopdeskIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int EMPLOYEES = 60;
    private static final String HIRED = "Inhuur";
    private static AfasSimulator afas;
    private static HelloIdSimulator helloId;
    private static TopdeskSimulator topdesk;

    @TempDir
    Path directory;
    private Installation installation;
    private Path config;

    @BeforeAll
    static void startSimulators() {
        afas = new AfasSimulator().start();
        helloId = new HelloIdSimulator().start();
        topdesk = new TopdeskSimulator().start();
    }

    @AfterAll
    static void stopSimulators() {
        afas.close();
        helloId.close();
        topdesk.close();
    }

    @BeforeEach
    void firstSync() throws IOException {
        afas.reset();
        afas.load(AfasOrganisation.generate(11, TODAY, EMPLOYEES));
        helloId.reset();
        helloId.addGroup("All staff");
        topdesk.reset();
        topdesk.addBranch(AfasOrganisation.EMPLOYER_NAME);
        SimulatedBranch hired = topdesk.addBranch(HIRED);
        for (String number : List.of("X9001", "X9002")) {
            topdesk.addPerson(number, "Inge" + number.substring(4), "Inhuurkracht", hired.id());
        }
        installation = Installation.copyInto(directory.resolve("idbridge"));
        config = writeConfig(directory.resolve("data"));

        Result first = sync();

        assertThat(first.exitCode()).as(first.output()).isZero();
        clearLogs();
    }

    @Test
    void everyEmployeeIsATopdeskPersonWithTheHelloIdLoginsAndASecondSyncChangesNothing() {
        List<SimulatedUser> employees = helloId.users().stream()
                .filter(user -> !user.userAttributes().get("employeeId").toString().startsWith("X")).toList();
        assertThat(employees).hasSizeGreaterThan(EMPLOYEES / 2);
        for (SimulatedUser user : employees) {
            SimulatedPerson person = topdesk.personByEmployeeNumber(user.userAttributes().get("employeeId").toString())
                    .orElseThrow(() -> new AssertionError("no TOPdesk person for " + user.userName()));
            assertThat(List.of(person.email(), person.networkLoginName(), person.tasLoginName()))
                    .containsOnly(user.userName());
            assertThat(person.branchId()).isEqualTo(topdesk.branches().get(0).id());
            assertThat(person.departmentId()).as("department of " + user.userName()).isNotNull();
        }
        assertThat(helloId.users()).as("hired staff from TOPdesk have HelloID accounts")
                .anyMatch(user -> user.userAttributes().get("employeeId").equals("X9001"));
        assertThat(topdesk.persons()).as("hired staff are not copied into TOPdesk again").hasSize(employees.size() + 2);

        Result second = sync();

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        assertThat(afas.mutatingRequests()).as("requests that change AFAS").isEmpty();
        assertThat(topdesk.mutatingRequests()).as("requests that change TOPdesk").isEmpty();
    }

    @Test
    void aLeaverIsDisabledAndArchivedInOneRunAndTheRehireIsUnarchivedNotDuplicated() {
        String leaver = employeeWhoseContractsAllStartedBefore(TODAY.minusDays(2));
        endEveryContract(leaver, TODAY.minusDays(1));

        Result leaving = sync();

        assertThat(leaving.exitCode()).as(leaving.output()).isZero();
        assertThat(helloIdUser(leaver).enabled()).as("HelloID account of the leaver").isFalse();
        SimulatedPerson archived = topdesk.personByEmployeeNumber(leaver).orElseThrow();
        assertThat(archived.archived()).as("TOPdesk person of the leaver").isTrue();
        assertThat(archived.archivingReasonId()).isEqualTo(topdesk.archivingReasons().get(0).id());
        clearLogs();

        rehire(leaver, TODAY);
        Result rehiring = sync();

        assertThat(rehiring.exitCode()).as(rehiring.output()).isZero();
        assertThat(helloIdUser(leaver).enabled()).as("HelloID account of the rehire").isTrue();
        SimulatedPerson back = topdesk.personByEmployeeNumber(leaver).orElseThrow();
        assertThat(back.id()).as("the same TOPdesk person").isEqualTo(archived.id());
        assertThat(back.archived()).isFalse();
        assertThat(topdesk.mutatingRequests()).as("no new TOPdesk person").noneMatch(request ->
                request.method().equals("POST") && request.path().equals("/tas/api/persons"));
    }

    @Test
    void aPersonWhoseBranchTopdeskLacksFailsThatOneActionAndEveryoneElseIsProvisioned() {
        hire("7001", AfasOrganisation.EMPLOYER_NAME);
        hire("7002", "Lindeveld Zorg B.V.");

        Result result = sync();

        assertThat(result.exitCode()).as("a failed action").isEqualTo(1);
        assertThat(result.output()).contains("branch 'Lindeveld Zorg B.V.' does not exist in TOPdesk");
        assertThat(topdesk.personByEmployeeNumber("7001")).as("the other new hire").isPresent();
        assertThat(topdesk.personByEmployeeNumber("7002")).isEmpty();
        assertThat(helloIdUser("7001")).isNotNull();
        assertThat(helloIdUser("7002").userName()).as("the HelloID account does not depend on TOPdesk").isNotBlank();
        assertThat(topdesk.mutatingRequests()).as("only the one person created")
                .filteredOn(request -> request.method().equals("POST")).hasSize(1);
    }

    @Test
    void aTopdeskPageThatFailsDuringImportBlocksTheImportAndNothingChangesAnywhere() {
        String leaver = employeeWhoseContractsAllStartedBefore(TODAY.minusDays(2));
        endEveryContract(leaver, TODAY.minusDays(1));
        topdesk.failPersonsPage(1, Integer.MAX_VALUE);

        Result result = sync();

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Import BLOCKED: source topdesk-hired", "nothing changes");
        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        assertThat(afas.mutatingRequests()).as("requests that change AFAS").isEmpty();
        assertThat(topdesk.mutatingRequests()).as("requests that change TOPdesk").isEmpty();
        assertThat(helloIdUser(leaver).enabled()).isTrue();
    }

    private Result sync() {
        return installation.run("sync", "-c", config.toString());
    }

    private static void clearLogs() {
        afas.requestLog().clear();
        helloId.requestLog().clear();
        topdesk.requestLog().clear();
    }

    private static SimulatedUser helloIdUser(String employee) {
        List<SimulatedUser> users = helloId.users().stream()
                .filter(user -> employee.equals(String.valueOf(user.userAttributes().get("employeeId")))).toList();
        assertThat(users).as("HelloID users of employee " + employee).hasSize(1);
        return users.get(0);
    }

    /** An AFAS employee with an enabled HelloID account, an active TOPdesk person, and no contract starting later. */
    private static String employeeWhoseContractsAllStartedBefore(LocalDate day) {
        return helloId.users().stream().filter(SimulatedUser::enabled)
                .map(user -> user.userAttributes().get("employeeId").toString())
                .filter(employee -> afas.employee(employee).isPresent())
                .filter(employee -> topdesk.personByEmployeeNumber(employee).filter(person -> !person.archived())
                        .isPresent())
                .filter(employee -> contracts(employee).stream().allMatch(row -> started(row, day)))
                .findFirst().orElseThrow();
    }

    private static boolean started(Map<String, Object> row, LocalDate day) {
        Object start = Optional.ofNullable(row.get("Begindatum_contract")).orElse(row.get("Begindatum_functie"));
        return start != null && LocalDate.parse(start.toString().substring(0, 10)).isBefore(day);
    }

    private static List<Map<String, Object>> contracts(String employee) {
        return java.util.stream.Stream.of(AfasSimulator.EMPLOYMENTS, AfasSimulator.POSITIONS)
                .flatMap(connector -> afas.rows(connector).stream())
                .filter(row -> employee.equals(row.get("Medewerker"))).toList();
    }

    /** HR records the last working day on every employment and position. */
    private static void endEveryContract(String employee, LocalDate lastDay) {
        String end = AfasOrganisation.afasDate(lastDay);
        for (Map<String, Object> row : afas.rows(AfasSimulator.EMPLOYMENTS)) {
            if (employee.equals(row.get("Medewerker"))) {
                afas.updateRow(AfasSimulator.EMPLOYMENTS, row.get("ExternalID").toString(),
                        Map.of("Einddatum_contract", end, "Einddatum_functie", end));
            }
        }
        for (Map<String, Object> row : afas.rows(AfasSimulator.POSITIONS)) {
            if (employee.equals(row.get("Medewerker"))) {
                afas.updateRow(AfasSimulator.POSITIONS, row.get("ExternalID").toString(),
                        Map.of("Einddatum_functie", end));
            }
        }
    }

    /** A new employment from {@code start}, like the leaver's last one. */
    private static void rehire(String employee, LocalDate start) {
        Map<String, Object> last = afas.rows(AfasSimulator.EMPLOYMENTS).stream()
                .filter(row -> employee.equals(row.get("Medewerker"))).reduce((first, second) -> second).orElseThrow();
        Map<String, Object> employment = new LinkedHashMap<>(last);
        employment.put("ExternalID", last.get("ExternalID") + "-R");
        employment.put("Begindatum_contract", AfasOrganisation.afasDate(start));
        employment.put("Begindatum_functie", AfasOrganisation.afasDate(start));
        employment.put("Einddatum_contract", null);
        employment.put("Einddatum_functie", null);
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
    }

    /** A new employee starting today, like an existing one, at the given employer, with an AFAS user. */
    private static void hire(String medewerker, String employer) {
        Map<String, Object> template = afas.rows(AfasSimulator.USERS).get(0);
        Map<String, Object> user = new LinkedHashMap<>(template);
        user.put("Medewerker", medewerker);
        user.put("Persoonsnummer", "P" + medewerker);
        user.put("Gebruiker", AfasOrganisation.PARTICIPANT + "." + medewerker);
        user.put("Roepnaam", "Nieuw" + medewerker);
        user.put("Voornaam", "Nieuw" + medewerker);
        user.put("UPN", null);
        user.put("Email_werk_gebruiker", null);
        afas.addRow(AfasSimulator.USERS, user);
        Map<String, Object> employment = new LinkedHashMap<>(afas.rows(AfasSimulator.EMPLOYMENTS).get(0));
        employment.put("Medewerker", medewerker);
        employment.put("Persoonsnummer", "P" + medewerker);
        employment.put("ExternalID", medewerker + "-1");
        employment.put("Werkgever_omschrijving", employer);
        employment.put("Begindatum_contract", AfasOrganisation.afasDate(TODAY));
        employment.put("Begindatum_functie", AfasOrganisation.afasDate(TODAY));
        employment.put("Einddatum_contract", null);
        employment.put("Einddatum_functie", null);
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
    }

    /** The shipped example, included unchanged, pointed at the simulators; state in SQLite under {@code data}. */
    private Path writeConfig(Path data) throws IOException {
        Path example = directory.resolve("idbridge/conf/afas-helloid-topdesk.conf");
        String dataDir = data.toAbsolutePath().toString().replace('\\', '/');
        String topdeskConfig = "base-url = \"%s\", username = \"%s\", application-password = \"%s\"".formatted(
                topdesk.baseUrl(), TopdeskSimulator.DEFAULT_OPERATOR_LOGIN,
                TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD);
        String text = """
                include file("%s")
                idbridge {
                  state.url = "jdbc:sqlite:%s/idbridge.db"
                  data-dir = "%s"
                  sources.afas.config { base-url = "%s", token = "%s", page-size = 20 }
                  sources.topdesk-hired.config { %s, page-size = 50 }
                  targets.helloid.config {
                    base-url = "%s", api-key = "%s", api-secret = "%s"
                    # parallel creates make the manager link depend on which runs first; pacing is the test's
                    set-manager = false, requests-per-second = 0
                  }
                  targets.afas-writeback.config { base-url = "%s", token = "%s" }
                  targets.topdesk.config { %s }
                }
                """.formatted(example.toAbsolutePath(), dataDir, dataDir, afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN,
                topdeskConfig, helloId.baseUrl(), HelloIdSimulator.DEFAULT_API_KEY,
                HelloIdSimulator.DEFAULT_API_SECRET, afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN, topdeskConfig);
        Files.createDirectories(data);
        Path file = data.resolve("idbridge.conf");
        Files.writeString(file, text);
        return file;
    }
}
