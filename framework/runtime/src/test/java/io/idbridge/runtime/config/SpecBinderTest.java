package io.idbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.config.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBinderTest {
    private static final ConfigSpec SPEC = ConfigSpec.builder()
            .required("base-url", ConfigType.URL, "Where the API lives.")
            .required("api-secret", ConfigType.SECRET, "The secret.", value -> Optional.of("secret " + ((Secret) value).reveal() + " is too short"))
            .optional("page-size", ConfigType.INT, 100, "Rows per page.", Validator.atLeast(1))
            .optional("timeout", ConfigType.DURATION, Duration.ofSeconds(30), "Request timeout.")
            .optional("groups", ConfigType.LIST, List.of(), "Groups to manage.")
            .optional("set-manager", ConfigType.BOOLEAN, false, "Whether to set the manager.")
            .build();

    @TempDir
    Path directory;

    @Test
    void everyProblemOfABlockIsReportedAtOnceWithFileAndLine() throws Exception {
        Config block = load("""
                base-url = "ftp://example.org"
                page-size = 0
                timeout = soon
                pagesize = 10
                """);
        ProblemCollector problems = new ProblemCollector();

        Optional<ConnectorConfig> bound = SpecBinder.bind(block, "x.config", null, SPEC, Set.of(), problems);

        assertThat(bound).isEmpty();
        assertThat(problems.problems()).extracting(ConfigProblem::render).containsExactlyInAnyOrder(
                file() + ":1: x.config.base-url: expected an absolute http or https URL, got string \"ftp://example.org\"",
                "<unknown>: x.config.api-secret: missing required key (secret): The secret.",
                file() + ":2: x.config.page-size: must be at least 1",
                file() + ":3: x.config.timeout: expected a duration such as 30s, 5m or 2h, got string \"soon\"",
                file() + ":4: x.config.pagesize: unknown key pagesize; did you mean page-size?");
    }

    @Test
    void secretsNeverAppearInProblems() throws Exception {
        Config block = load("""
                base-url = "https://example.org"
                api-secret = "hunter2"
                """);
        ProblemCollector problems = new ProblemCollector();

        SpecBinder.bind(block, "x", null, SPEC, Set.of(), problems);

        assertThat(problems.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("secret ****** is too short"));
    }

    @Test
    void valuesAreBoundToTheirTypesWithDefaults() throws Exception {
        ConfigSpec spec = ConfigSpec.builder()
                .required("base-url", ConfigType.URL, "Where the API lives.")
                .required("api-secret", ConfigType.SECRET, "The secret.")
                .optional("page-size", ConfigType.INT, 100, "Rows per page.")
                .optional("timeout", ConfigType.DURATION, Duration.ofSeconds(30), "Request timeout.")
                .optional("groups", ConfigType.LIST, List.of(), "Groups to manage.")
                .build();
        Config block = load("""
                base-url = "https://example.org/api"
                api-secret = "hunter2"
                timeout = 2m
                groups = [staff, teachers]
                """);
        ProblemCollector problems = new ProblemCollector();

        ConnectorConfig config = SpecBinder.bind(block, "x", null, spec, Set.of(), problems).orElseThrow();

        assertThat(config.getString("base-url")).isEqualTo("https://example.org/api");
        assertThat(config.getSecret("api-secret").reveal()).isEqualTo("hunter2");
        assertThat(config.getInt("page-size")).isEqualTo(100);
        assertThat(config.getDuration("timeout")).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.getList("groups")).containsExactly("staff", "teachers");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    private Config load(String text) throws Exception {
        Files.writeString(directory.resolve("test.conf"), text);
        return HoconLoader.load(directory.resolve("test.conf"), new ProblemCollector()).orElseThrow();
    }

    private String file() {
        return directory.resolve("test.conf").toString();
    }
}
