package io.idbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoconLoaderTest {
    @TempDir
    Path directory;

    @Test
    void syntaxErrorIsReportedWithFileAndLine() throws Exception {
        Path file = directory.resolve("idbridge.conf");
        Files.writeString(file, "idbridge {\n  data-dir = \"data\"\n  plugins.dir = [\n}\n");
        ProblemCollector problems = new ProblemCollector();

        Optional<Config> config = HoconLoader.load(file, problems);

        assertThat(config).isEmpty();
        assertThat(problems.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.origin()).isEqualTo(file + ":4"));
    }

    @Test
    void includesAndOptionalEnvironmentSubstitutionsResolve() throws Exception {
        Files.writeString(directory.resolve("common.conf"), "idbridge.data-dir = shared\n");
        Path file = directory.resolve("idbridge.conf");
        Files.writeString(file, "include \"common.conf\"\nidbridge.state.password = ${?IDBRIDGE_TEST_SURELY_UNSET}\n");
        ProblemCollector problems = new ProblemCollector();

        Config config = HoconLoader.load(file, problems).orElseThrow();

        assertThat(config.getString("idbridge.data-dir")).isEqualTo("shared");
        assertThat(config.hasPath("idbridge.state.password")).isFalse();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void requiredEnvironmentVariableThatIsMissingIsAProblemWithItsLine() throws Exception {
        Path file = directory.resolve("idbridge.conf");
        Files.writeString(file, "idbridge {\n  state.password = ${IDBRIDGE_TEST_SURELY_UNSET}\n}\n");
        ProblemCollector problems = new ProblemCollector();

        assertThat(HoconLoader.load(file, problems)).isEmpty();
        assertThat(problems.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).isEqualTo(file + ":2");
            assertThat(problem.message()).contains("IDBRIDGE_TEST_SURELY_UNSET");
        });
    }
}
