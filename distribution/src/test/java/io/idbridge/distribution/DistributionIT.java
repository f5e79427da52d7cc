package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs bin/idbridge of a copy of the built distribution, as an administrator would. */
class DistributionIT {
    @TempDir
    Path installation;

    @BeforeEach
    void copyTheDistribution() throws IOException {
        Path built = Path.of(System.getProperty("idbridge.distribution"));
        assertThat(built.resolve("bin/idbridge")).isExecutable();
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : files.toList()) {
                Path copy = installation.resolve(built.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void pluginsListsTheBundledPluginsAndNamesACorruptOneWithTheReason() throws Exception {
        Files.writeString(installation.resolve("plugins/broken.zip"), "not a zip");

        Result result = run("plugins");

        assertThat(result.output()).contains("helloid 0.1.0-SNAPSHOT", "source-csv 0.1.0-SNAPSHOT",
                "afas 0.1.0-SNAPSHOT", "target connector afas-users", "target connector afas-employees",
                "topdesk 0.1.0-SNAPSHOT", "target connector topdesk", "source connector topdesk-source", "FAILED broken.zip: not a readable zip archive");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void validateReportsThreeMistakesWithFileAndLine() throws Exception {
        Path config = installation.resolve("conf/broken.conf");
        Files.writeString(config, """
                idbridge {
                  plugins.dir = [ "plugins" ]
                  schedule = "every hour"
                  colour = blue
                }
                """);

        Result result = run("validate", "-c", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains(
                config + ":2: idbridge.plugins.dir: expected a string",
                config + ":3: idbridge.schedule: is not a Quartz cron expression",
                config + ":4: idbridge.colour: unknown key colour",
                "3 problem(s)");
    }

    @Test
    void theShippedExampleConfigurationsAreValid() throws Exception {
        Result csv = run("validate");
        Result afas = run("validate", "-c", "conf/afas-helloid.conf");
        Result topdesk = run("validate", "-c", "conf/afas-helloid-topdesk.conf");

        assertThat(csv.output()).contains("ok: ");
        assertThat(csv.exitCode()).isZero();
        assertThat(afas.output()).contains("ok: conf/afas-helloid.conf (1 source(s), 2 target(s))");
        assertThat(afas.exitCode()).isZero();
        assertThat(topdesk.output()).contains("ok: conf/afas-helloid-topdesk.conf (2 source(s), 3 target(s))");
        assertThat(topdesk.exitCode()).isZero();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        // its start-up time is measured in bench/ (not asserted here: timing belongs in benchmarks)
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("validate", "plugins", "preview", "enforce", "sync", "audit", "person",
                "approve", "reject", "demo");
    }

    @Test
    void theDemoSyncsAfasIntoHelloIdAndTopdeskAndTheSecondDayActsOnExactlyTheChanges() throws Exception {
        Result demo = run("demo", "--employees", "300");

        assertThat(demo.exitCode()).as(demo.output()).isZero();
        String dayTwo = demo.output().substring(demo.output().indexOf("== Day 2"));
        assertThat(demo.output()).contains("Run 1 (sync): SUCCEEDED", "Run 2 (sync): SUCCEEDED",
                "helloid: create", "topdesk: create", "afas-writeback: ");
        Set<String> changed = dayTwo.lines()
                .filter(line -> line.matches("  (hire|leaver|transfer|rename|rehire): .*"))
                .map(line -> line.trim().split("\\s+")[1]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(changed).as("one of each change, two hires").hasSize(6);
        String calendar = dayTwo.lines().dropWhile(line -> !line.startsWith("and the calendar")).skip(1).findFirst()
                .orElseThrow();
        Set<String> expected = new TreeSet<>(changed);
        expected.addAll(List.of(calendar.trim().split("\\s+")));
        expected.remove("");
        Set<String> acted = dayTwo.lines().filter(line -> line.matches("  [0-9A-Z]+:"))
                .map(line -> line.trim().replace(":", "")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(acted).as("persons with actions on day 2: every HR change").containsAll(changed);
        assertThat(expected).as("persons with actions on day 2: none but the HR changes and the dates due")
                .containsAll(acted);
        assertThat(dayTwo).contains("topdesk DISABLE", "helloid DISABLE", "afas-writeback ");
    }

    @Test
    void sandboxServesTheSimulatorsOnTheGivenPortsAndItsConfigurationSyncs() throws Exception {
        int[] ports = Installation.freePorts(3);
        List<String> command = List.of(installation.resolve("bin/idbridge").toString(), "sandbox", "--employees", "40",
                "--afas-port", String.valueOf(ports[0]), "--helloid-port", String.valueOf(ports[1]),
                "--topdesk-port", String.valueOf(ports[2]));
        Process sandbox = new ProcessBuilder(command).redirectErrorStream(true).directory(installation.toFile())
                .start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(
                    sandbox.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder printed = new StringBuilder();
            for (String line = lines.readLine(); line != null && !line.startsWith("Press Ctrl-C");
                    line = lines.readLine()) {
                printed.append(line).append('\n');
            }
            assertThat(printed).contains("http://127.0.0.1:" + ports[0] + "/profitrestservices",
                    "http://127.0.0.1:" + ports[1] + "/api/v1", "http://127.0.0.1:" + ports[2]);

            Result sync = run("sync", "-c", installation.resolve("data/sandbox/sandbox.conf").toString());

            assertThat(sync.exitCode()).as(sync.output()).isZero();
            assertThat(sync.output()).contains("Run 1 (sync): SUCCEEDED", "topdesk create");
        } finally {
            sandbox.destroy();
            assertThat(sandbox.waitFor(30, TimeUnit.SECONDS)).as("sandbox stops on SIGTERM").isTrue();
        }
    }

    @Test
    void theCsvDemoSyncsTheSampleOrganisationAndPersonExplainsWhatSomeoneHasAndWhy() throws Exception {
        Result demo = run("demo", "--csv");

        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("Import accepted: snapshot 1 with 200 persons", "Run 1 (sync): SUCCEEDED",
                "Run 2 (sync): SUCCEEDED", "HIRE", "LEAVER", "TRANSFER", "RENAME");
        String transferred = demo.output().lines().filter(line -> line.trim().startsWith("TRANSFER"))
                .map(line -> line.trim().split("\\s+")[1].replace(":", "")).findFirst().orElseThrow();
        Result person = run("person", "-c", installation.resolve("data/demo/demo.conf").toString(), transferred);

        assertThat(person.exitCode()).as(person.output()).isZero();
        assertThat(person.output()).contains("helloid.account by rule", "Accounts:", "helloid: reference",
                "REVOKE CHANGED", "GRANT CHANGED");
        String demoConfig = installation.resolve("data/demo/demo.conf").toString();
        Result report = run("--log-json", "report", "-c", demoConfig, "--json");
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).contains("\"status\":\"SUCCEEDED\"", "\"kind\":\"sync\"");
        Result audit = run("audit", "-c", demoConfig, "--person", transferred, "--json");
        assertThat(audit.output().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{").contains("\"personId\":\"" + transferred + "\""));
    }

    private Result run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.resolve("bin/idbridge").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(installation.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
