package io.idbridge.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.runtime.testing.TestPlugins;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IdBridgeCliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void validateReportsEveryMistakeWithFileAndLine() throws Exception {
        TestPlugins.plugin("alpha").target("helloid", "", "").source("csv").writeZip(Files.createDirectories(home.resolve("plugins")));
        Path config = write("""
                idbridge {
                  plugins.dir = "%s"
                  sources.hr { connector = cvs }
                  targets.helloid {
                    connector = helloid
                    config { base-url = "not a url", api-key = "s3cret", colour = blue }
                  }
                }
                """.formatted(home.resolve("plugins")));

        int exitCode = run("validate", "-c", config.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains(
                config + ":3: idbridge.sources.hr.connector: unknown source connector cvs; did you mean csv? (available: csv)",
                config + ":6: idbridge.targets.helloid.config.base-url: expected an absolute http or https URL",
                config + ":6: idbridge.targets.helloid.config.colour: unknown key colour",
                "3 problem(s)");
        assertThat(out.toString()).doesNotContain("s3cret");
    }

    @Test
    void testReportsTheFailureOfEachConnectorWithoutSecrets() throws Exception {
        TestPlugins.plugin("alpha")
                .target("helloid", "", "throw new ConnectorException(StandardErrorCode.AUTHENTICATION_FAILED, \"key s3cret refused\");")
                .source("csv").writeZip(Files.createDirectories(home.resolve("plugins")));
        Path config = write("""
                idbridge {
                  plugins.dir = "%s"
                  sources.hr { connector = csv }
                  targets.helloid { connector = helloid, config { base-url = "https://x.example", api-key = "s3cret" } }
                }
                """.formatted(home.resolve("plugins")));

        int exitCode = run("test", "-c", config.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains("ok: source hr",
                "authentication failed for target helloid: key ****** refused");
        assertThat(out.toString()).doesNotContain("s3cret");
    }

    @Test
    void validateReportsEngineMistakesWithFileAndLine() throws Exception {
        TestPlugins.plugin("alpha").target("helloid", "", "").source("csv").writeZip(Files.createDirectories(home.resolve("plugins")));
        Path config = write("""
                idbridge {
                  plugins.dir = "%s"
                  targets.helloid {
                    connector = helloid
                    config { base-url = "https://x.example", api-key = "k" }
                    lifecycle { create-days-before-start = 1, enable-days-before-start = 5 }
                    account { firstName = "person.name.nick +" }
                    permissions { staff = { group = "All staff" } }
                  }
                  rules = [
                    { name = "Employees", when = "contract.fte >= 0.5", grant = [ helloid.account, helloid.laptop ] }
                  ]
                }
                """.formatted(home.resolve("plugins")));

        int exitCode = run("validate", "-c", config.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains(
                config + ":6: idbridge.targets.helloid.lifecycle: an account cannot be enabled before it is created",
                config + ":7: idbridge.targets.helloid.account.firstName: invalid expression 'person.name.nick +'",
                config + ":11: idbridge.rules[0].grant: 'helloid.laptop': target helloid has no permission 'laptop'",
                "3 problem(s)");
    }

    @Test
    void engineCommandsRefuseABrokenConfiguration() throws Exception {
        Path config = write("idbridge { rules = [ { name = \"x\", grant = [ nowhere.account ] } ] }");

        int exitCode = run("preview", "-c", config.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("'nowhere.account' names no configured target",
                "run 'idbridge validate' and fix them first");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void pluginsListsLoadedAndFailedPlugins() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        TestPlugins.plugin("alpha").target("helloid", "", "").writeZip(plugins);
        TestPlugins.writeCorruptZip(plugins, "broken.zip");

        int exitCode = run("plugins", "--plugins-dir", plugins.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains("alpha 1.2.3 by Tests", "target connector helloid: Test target helloid.",
                "FAILED broken.zip: not a readable zip archive");
    }

    private Path write(String text) throws Exception {
        Path file = home.resolve("idbridge.conf");
        Files.writeString(file, text);
        return file;
    }

    private int run(String... arguments) {
        CommandLine commandLine = new CommandLine(new IdBridgeCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
