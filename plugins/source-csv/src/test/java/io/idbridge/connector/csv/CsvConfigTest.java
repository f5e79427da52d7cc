package io.idbridge.connector.csv;

import static io.idbridge.connector.csv.CsvTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.spi.config.ConfigKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvConfigTest {
    @Test
    void defaultsMatchTheDefaultExport() {
        CsvConfig bound = CsvConfig.from(config("persons-file", "persons.csv"));

        assertThat(bound).isEqualTo(new CsvConfig(Path.of("persons.csv"), null, null, null, StandardCharsets.UTF_8,
                CsvColumns.defaults()));
    }

    @Test
    void everyKeyIsBound() {
        CsvConfig bound = CsvConfig.from(config("persons-file", "p.csv", "contracts-file", "c.csv",
                "departments-file", "d.csv", "person-id-column", "pid", "contract-person-column", "cpid",
                "delimiter", ";", "encoding", "windows-1252", "department-code-column", "dc",
                "department-name-column", "dn", "department-parent-column", "dp", "department-manager-column", "dm"));

        assertThat(bound).isEqualTo(new CsvConfig(Path.of("p.csv"), Path.of("c.csv"), Path.of("d.csv"), ';',
                java.nio.charset.Charset.forName("windows-1252"),
                new CsvColumns("pid", "cpid", "dc", "dn", "dp", "dm")));
    }

    @Test
    void onlyThePersonsFileIsRequiredAndEveryKeyIsDocumented() {
        assertThat(CsvConfig.SPEC.keys()).filteredOn(ConfigKey::required).extracting(ConfigKey::name)
                .containsExactly("persons-file");
        assertThat(CsvConfig.SPEC.keys()).allSatisfy(key -> assertThat(key.description()).hasSizeGreaterThan(30));
        assertThat(CsvConfig.SPEC.keys()).hasSize(11);
    }

    @Test
    void delimiterMustBeAutoOrOneCharacter() {
        ConfigKey delimiter = CsvConfig.SPEC.key("delimiter").orElseThrow();

        assertThat(delimiter.extraValidator().orElseThrow().check("auto")).isEmpty();
        assertThat(delimiter.extraValidator().orElseThrow().check("\t")).isEmpty();
        assertThat(delimiter.extraValidator().orElseThrow().check(";;")).isPresent();
        assertThat(delimiter.extraValidator().orElseThrow().check("\"")).isPresent();
    }

    @Test
    void encodingMustBeSupported() {
        ConfigKey encoding = CsvConfig.SPEC.key("encoding").orElseThrow();

        assertThat(encoding.extraValidator().orElseThrow().check("ISO-8859-1")).isEmpty();
        assertThat(encoding.extraValidator().orElseThrow().check("klingon")).isEqualTo(
                Optional.of("is not an encoding this Java runtime supports"));
        assertThat(encoding.extraValidator().orElseThrow().check("not valid!")).isEqualTo(
                Optional.of("is not a valid encoding name"));
    }
}
