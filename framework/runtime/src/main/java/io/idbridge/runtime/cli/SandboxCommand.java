package io.idbridge.runtime.cli;

import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo's simulators alone, on fixed loopback ports and seeded the same way, until Ctrl-C: for pointing one's own
 * configuration (or {@code curl}) at an AFAS, a HelloID and a TOPdesk that behave like the real ones. The state lives
 * in memory and is gone when the command stops.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class,
        description = "Start simulated AFAS Profit, HelloID and TOPdesk on fixed ports (printed) until Ctrl-C.")
final class SandboxCommand extends IdBridgeCommand {
    @Option(names = "--afas-port", paramLabel = "PORT", description = "Port of the AFAS simulator (default: 18081).")
    int afasPort = 18081;

    @Option(names = "--helloid-port", paramLabel = "PORT", description = "Port of the HelloID simulator (default: "
            + "18082).")
    int helloIdPort = 18082;

    @Option(names = "--topdesk-port", paramLabel = "PORT", description = "Port of the TOPdesk simulator (default: "
            + "18083).")
    int topdeskPort = 18083;

    @Option(names = "--employees", paramLabel = "N", description = "Employees of the generated AFAS organisation "
            + "(default: 2000).")
    int employees = 2000;

    @Override
    int execute() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CountDownLatch stopped = new CountDownLatch(1);
        try (SandboxSystems systems = SandboxSystems.start(afasPort, helloIdPort, topdeskPort, today, employees)) {
            Path data = Home.directory().resolve("data").resolve("sandbox");
            Path config = data.resolve("sandbox.conf");
            write(config, systems.configuration(Home.directory(), data));
            out().printf("""
                    AFAS Profit  %s   token (XML): %s
                    HelloID      %s   key %s, secret %s
                    TOPdesk      %s   operator %s, application password %s
                    Seeded with %d AFAS employees (as of %s), the HelloID group "All staff" and TOPdesk branches \
                    "%s" and "%s".
                    A configuration that uses them: %s
                      bin/idbridge sync -c %s
                    Press Ctrl-C to stop; the simulators keep their state in memory only.
                    """, systems.afas.baseUrl(), AfasSimulator.DEFAULT_TOKEN, systems.helloId.baseUrl(),
                    HelloIdSimulator.DEFAULT_API_KEY, HelloIdSimulator.DEFAULT_API_SECRET, systems.topdesk.baseUrl(),
                    TopdeskSimulator.DEFAULT_OPERATOR_LOGIN, TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD, employees,
                    today, AfasOrganisation.EMPLOYER_NAME, SandboxSystems.HIRED_BRANCH,
                    config, config);
            out().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sandbox-stop"));
            stopped.await();
            return ExitCodes.OK;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    private static void write(Path config, String text) {
        try {
            Files.createDirectories(config.getParent());
            Files.writeString(config, text);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + config, failure);
        }
    }
}
