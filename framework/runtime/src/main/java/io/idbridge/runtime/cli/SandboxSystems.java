package io.idbridge.runtime.cli;

import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.topdesk.SimulatedBranch;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox AFAS, HelloID and TOPdesk simulators on loopback, seeded for the product's main job: a generated AFAS
 * organisation, the HelloID group "All staff", and a TOPdesk with the employer's branch, a branch of hired staff
 * (kept only in TOPdesk) and, archived, the former employees TOPdesk still remembers. Used by {@code demo} and
 * {@code sandbox}; {@link #configuration} points the shipped {@code conf/afas-helloid-topdesk.conf} at them.
 */
final class SandboxSystems implements AutoCloseable {
    static final long SEED = 20_261_206L;
    static final String EXAMPLE = "afas-helloid-topdesk.conf";
    static final String HIRED_BRANCH = "Inhuur";
    private static final List<String[]> HIRED_STAFF = List.of(new String[] {"X9001", "Iris", "Kuipers"},
            new String[] {"X9002", "Mehmet", "Yılmaz"}, new String[] {"X9003", "Femke", "de Graaf"});

    final AfasSimulator afas;
    final HelloIdSimulator helloId;
    final TopdeskSimulator topdesk;

    private SandboxSystems(AfasSimulator afas, HelloIdSimulator helloId, TopdeskSimulator topdesk) {
        this.afas = afas;
        this.helloId = helloId;
        this.topdesk = topdesk;
    }

    /**
     * Starts the three simulators (a port of 0 picks a free one) and seeds them for {@code today}.
     *
     * @param employees the size of the generated AFAS organisation
     */
    static SandboxSystems start(int afasPort, int helloIdPort, int topdeskPort, LocalDate today, int employees) {
        AfasSimulator afas = new AfasSimulator();
        HelloIdSimulator helloId = new HelloIdSimulator();
        TopdeskSimulator topdesk = new TopdeskSimulator();
        SandboxSystems systems = new SandboxSystems(afas, helloId, topdesk);
        try {
            afas.start(afasPort);
            helloId.start(helloIdPort);
            topdesk.start(topdeskPort);
        } catch (RuntimeException portTaken) {
            systems.close();
            throw portTaken;
        }
        afas.load(AfasOrganisation.generate(SEED, today, employees));
        helloId.addGroup("All staff");
        topdesk.addBranch(AfasOrganisation.EMPLOYER_NAME);
        SimulatedBranch hired = topdesk.addBranch(HIRED_BRANCH);
        for (String[] person : HIRED_STAFF) {
            topdesk.addPerson(person[0], person[1], person[2], hired.id());
        }
        rememberFormerEmployees(afas, topdesk, today);
        return systems;
    }

    /** Employees whose every employment ended over three months ago are archived TOPdesk persons. */
    private static void rememberFormerEmployees(AfasSimulator afas, TopdeskSimulator topdesk, LocalDate today) {
        String branch = topdesk.branches().get(0).id();
        Map<String, Boolean> former = new LinkedHashMap<>();
        for (Map<String, Object> employment : afas.rows(AfasSimulator.EMPLOYMENTS)) {
            Object end = employment.get("Einddatum_contract");
            boolean gone = end != null && LocalDate.parse(end.toString().substring(0, 10))
                    .isBefore(today.minusMonths(3));
            former.merge(employment.get("Medewerker").toString(), gone, Boolean::logicalAnd);
        }
        former.forEach((medewerker, gone) -> {
            if (gone) {
                Map<String, Object> user = afas.employee(medewerker).orElseThrow();
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("employeeNumber", medewerker);
                person.put("firstName", user.get("Roepnaam"));
                person.put("surName", user.get("Geboortenaam"));
                person.put("branch", Map.of("id", branch));
                topdesk.addPerson(person, true);
            }
        });
    }

    /**
     * The configuration that includes the installation's {@code conf/afas-helloid-topdesk.conf} unchanged and points
     * it at these simulators, with the state in SQLite under {@code data}.
     */
    String configuration(Path home, Path data) {
        Path example = home.resolve("conf").resolve(EXAMPLE);
        if (!Files.isRegularFile(example)) {
            throw new IllegalStateException("the sandbox configuration includes " + example + ", which is missing");
        }
        String topdeskConnection = "base-url = \"%s\", username = \"%s\", application-password = \"%s\"".formatted(
                topdesk.baseUrl(), TopdeskSimulator.DEFAULT_OPERATOR_LOGIN,
                TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD);
        return """
                # Written by idbridge: the shipped %s, unchanged, pointed at the sandbox simulators.
                include file("%s")
                idbridge {
                  state.url = "jdbc:sqlite:%s/idbridge.db"
                  data-dir = "%s"
                  # the first import brings the whole organisation at once
                  sources.afas { config { base-url = "%s", token = "%s" }, thresholds.added = off }
                  sources.topdesk-hired.config { %s }
                  targets.helloid.config { base-url = "%s", api-key = "%s", api-secret = "%s", requests-per-second = 0 }
                  targets.afas-writeback.config { base-url = "%s", token = "%s" }
                  targets.topdesk { config { %s }, pacing.in-flight = 8 }
                }
                """.formatted(EXAMPLE, slashes(example), slashes(data), slashes(data), afas.baseUrl(),
                AfasSimulator.DEFAULT_TOKEN, topdeskConnection, helloId.baseUrl(), HelloIdSimulator.DEFAULT_API_KEY,
                HelloIdSimulator.DEFAULT_API_SECRET, afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN, topdeskConnection);
    }

    @Override
    public void close() {
        afas.close();
        helloId.close();
        topdesk.close();
    }

    private static String slashes(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }
}
