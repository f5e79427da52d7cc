package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.idbridge.engine.enforce.EnforcementListener;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The first thing a new user runs: a simulated HelloID in this process, the bundled sample organisation as CSV, a
 * full sync with the embedded store and its report; then a day later with a hire, a leaver, a transfer and a rename,
 * and a second sync that acts on exactly those.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Run a self-contained demo: the sample organisation (CSV) synced into a "
        + "simulated HelloID, then one day later with a few changes.")
final class DemoCommand extends IdBridgeCommand {
    @Option(names = "--dir", paramLabel = "DIR", description = "Where the demo keeps its data (default: "
            + "data/demo under the installation; wiped at the start).")
    Path directory;

    @Option(names = "--full", description = "List every action of both syncs.")
    boolean full;

    @Override
    int execute() {
        Path data = (directory != null ? directory : Home.directory().resolve("data").resolve("demo"))
                .toAbsolutePath().normalize();
        SimulatedClock clock = new SimulatedClock(Clock.systemUTC());
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

    private static Path prepare(Path data, String helloIdUrl) {
        try {
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(data.resolve("hr"));
            String template;
            try (InputStream in = DemoCommand.class.getResourceAsStream("demo.conf")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String config = template.replace("@DATA@", data.toString().replace('\\', '/'))
                    .replace("@HELLOID_URL@", helloIdUrl).replace("@HELLOID_KEY@", HelloIdSimulator.DEFAULT_API_KEY)
                    .replace("${?HELLOID_API_SECRET}", "\"demo-secret\"");
            Path file = data.resolve("demo.conf");
            Files.writeString(file, config);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot prepare the demo in " + data, failure);
        }
    }
}
