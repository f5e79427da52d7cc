package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.sandbox.afas.AfasNextDay;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.sample.SampleChange;
import io.idbridge.sandbox.sample.SampleOrganisation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The first thing a new user runs: the product's main job on simulated systems in this process. AFAS Profit with a
 * generated organisation, HelloID and TOPdesk ({@link SandboxSystems}), the shipped
 * {@code conf/afas-helloid-topdesk.conf} pointed at them, a full sync with the embedded store and its report; then a
 * day later with hires, a leaver, a transfer, a rename and a rehire ({@link AfasNextDay}), and a second sync that acts
 * on exactly those, the write-back included. {@code --csv} runs the older demo: the bundled sample organisation as CSV
 * into HelloID alone.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Run a self-contained demo: a generated AFAS organisation synced into "
        + "simulated HelloID and TOPdesk (with the user name written back to AFAS), then one day later with a few changes.")
final class DemoCommand extends IdBridgeCommand {
    private static final int DEFAULT_EMPLOYEES = 2000;
    /** The lifecycle of the targets in conf/afas-helloid-topdesk.conf: accounts are made 14 days before a start. */
    private static final int CREATE_DAYS_BEFORE_START = 14;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the demo keeps its data (default: "
            + "data/demo under the installation; wiped at the start).")
    Path directory;

    @Option(names = "--full", description = "List every action of both syncs.")
    boolean full;

    @Option(names = "--csv", description = "The CSV demo instead: the bundled sample organisation (200 persons) into "
            + "a simulated HelloID.")
    boolean csv;

    @Option(names = "--employees", paramLabel = "N", description = "Employees of the generated AFAS organisation "
            + "(default: " + DEFAULT_EMPLOYEES + ").")
    int employees = DEFAULT_EMPLOYEES;

    @Override
    int execute() {
        Path data = (directory != null ? directory : Home.directory().resolve("data").resolve("demo"))
                .toAbsolutePath().normalize();
        SimulatedClock clock = new SimulatedClock(Clock.systemUTC());
        if (!csv) {
            return afasHelloIdTopdesk(data, clock);
        }
        try (HelloIdSimulator helloId = new HelloIdSimulator(HelloIdSimulator.DEFAULT_API_KEY, "demo-secret").start()) {
            helloId.addGroup("All staff");
            helloId.addProduct("Laptop");
            Path configFile = prepare(data, helloId.baseUrl());
            SampleOrganisation organisation = new SampleOrganisation(SampleOrganisation.DEFAULT_SEED,
                    LocalDate.now(clock));
            organisation.writeTo(data.resolve("hr"));
            out().printf("Demo: %d persons of %s into a simulated HelloID at %s%n", organisation.personCount(),
                    "the sample organisation", helloId.baseUrl());
            out().printf("Configuration: %s%n%n== Day 1: %s, first sync ==%n", configFile, LocalDate.now(clock));
            if (sync(configFile, clock, 3) != ExitCodes.OK) {
                return ExitCodes.PROBLEMS;
            }
            out().printf("HelloID now has %d users and %d groups.%n", helloId.users().size(), helloId.groups().size());
            List<SampleChange> changes = organisation.writeNextDayTo(data.resolve("hr"));
            clock.advanceDays(1);
            out().printf("%n== Day 2: %s, HR changed overnight ==%n", LocalDate.now(clock));
            changes.forEach(change -> out().println("  " + change.kind() + " " + change.personId() + ": "
                    + change.description()));
            int exit = sync(configFile, clock, Integer.MAX_VALUE);
            out().printf("%nTry: idbridge audit -c %s --person <id>   |   idbridge report -c %s%n", configFile,
                    configFile);
            return exit;
        }
    }

    private int afasHelloIdTopdesk(Path data, SimulatedClock clock) {
        if (employees < 10) {
            err().println("--employees must be at least 10");
            return ExitCodes.USAGE;
        }
        LocalDate today = LocalDate.now(clock);
        try (SandboxSystems systems = SandboxSystems.start(0, 0, 0, today, employees)) {
            wipe(data);
            Path configFile = write(data, systems.configuration(Home.directory(), data));
            out().printf("Demo: %d AFAS employees into HelloID and TOPdesk, user names written back to AFAS%n"
                    + "  AFAS %s   HelloID %s   TOPdesk %s (all simulated, in this process)%n", employees,
                    systems.afas.baseUrl(), systems.helloId.baseUrl(), systems.topdesk.baseUrl());
            out().printf("Configuration: %s%n%n== Day 1: %s, first sync ==%n", configFile, today);
            if (sync(configFile, clock, 3) != ExitCodes.OK) {
                return ExitCodes.PROBLEMS;
            }
            printState(systems);
            LocalDate tomorrow = today.plusDays(1);
            List<SampleChange> changes = AfasNextDay.apply(systems.afas, tomorrow);
            clock.advanceDays(1);
            out().printf("%n== Day 2: %s, HR changed overnight in AFAS ==%n", tomorrow);
            changes.forEach(change -> out().println("  " + change.description()));
            Set<String> changed = changes.stream().map(SampleChange::personId).collect(Collectors.toSet());
            Set<String> due = new TreeSet<>(AfasNextDay.dueOn(systems.afas, tomorrow, CREATE_DAYS_BEFORE_START));
            due.removeAll(changed);
            out().printf("and the calendar: %d more whose contracts start today or in %d days, or ended yesterday:%n"
                    + "  %s%n", due.size(), CREATE_DAYS_BEFORE_START, String.join(" ", due));
            int exit = sync(configFile, clock, Integer.MAX_VALUE);
            printState(systems);
            out().printf("%nTry: idbridge person -c %s <employee>   |   idbridge report -c %s%n"
                    + "     idbridge sandbox   (the same simulators on fixed ports, for your own configuration)%n",
                    configFile, configFile);
            return exit;
        }
    }

    private void printState(SandboxSystems systems) {
        long enabled = systems.helloId.users().stream().filter(user -> user.enabled()).count();
        long archived = systems.topdesk.persons().stream().filter(person -> person.archived()).count();
        long upns = systems.afas.rows(AfasSimulator.USERS).stream().filter(row -> row.get("UPN") != null).count();
        out().printf("HelloID: %d users (%d enabled), %d groups.  TOPdesk: %d persons (%d archived).  "
                        + "AFAS: %d users with a UPN.%n", systems.helloId.users().size(), enabled,
                systems.helloId.groups().size(), systems.topdesk.persons().size(), archived, upns);
    }

    /** @param personsShown how many persons' actions to list (all with --full) */
    private int sync(Path configFile, Clock clock, int personsShown) {
        Optional<EngineSession> session = EngineSession.open(configFile, clock, EnforcementListener.NONE, true, err());
        if (session.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        try (EngineSession open = session.get()) {
            Engine.SyncResult result = open.engine().sync(new ConsoleProgress());
            Reports.printImport(result.imported(), out());
            if (result.plan() == null) {
                return ExitCodes.PROBLEMS;
            }
            Reports.printPlan(result.plan(), full ? Integer.MAX_VALUE : personsShown, out());
            Reports.printRun(result.run(), out());
            out().flush();
            return Reports.anyFailed(result.run()) ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }

    /** Writes the configuration into {@code data} as {@code demo.conf}. */
    private static Path write(Path data, String config) {
        try {
            Files.createDirectories(data);
            Path file = data.resolve("demo.conf");
            Files.writeString(file, config);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot prepare the demo in " + data, failure);
        }
    }

    /** The demo starts from nothing: an earlier demo's state would make its first sync a second one. */
    private static void wipe(Path data) {
        if (!Files.exists(data)) {
            return;
        }
        try (var paths = Files.walk(data)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot clear the demo directory " + data, failure);
        }
    }

    private static Path prepare(Path data, String helloIdUrl) {
        try {
            wipe(data);
            Files.createDirectories(data.resolve("hr"));
            String template;
            try (InputStream in = DemoCommand.class.getResourceAsStream("demo.conf")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String config = template.replace("@DATA@", data.toString().replace('\\', '/'))
                    .replace("@HELLOID_URL@", helloIdUrl).replace("@HELLOID_KEY@", HelloIdSimulator.DEFAULT_API_KEY)
                    .replace("${?HELLOID_API_SECRET}", "\"demo-secret\"");
            return write(data, config);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot prepare the demo in " + data, failure);
        }
    }
}
