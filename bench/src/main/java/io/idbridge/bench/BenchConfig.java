package io.idbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code bench.conf} (the demo's configuration shape) for one data directory, simulator and rule set. */
final class BenchConfig {
    /** The demo's rules: account, the staff group and one group per department of a contract in conditions. */
    static final List<String> DEMO_RULES = List.of(
            "{ name = \"Employees\", when = \"contract.type.code != 'INH'\","
                    + " grant = [ helloid.account, helloid.staff, helloid.departments ] }",
            "{ name = \"Hired staff\", when = \"contract.type.code == 'INH' && contract.fte >= 0.5\","
                    + " grant = [ helloid.account, helloid.departments ] }");

    /**
     * Ten rules of the kinds configurations have: contract type and fte, department and title codes, date
     * comparisons, string functions over person fields, and a person condition with a contract condition.
     */
    static final List<String> TEN_RULES = List.of(
            "{ name = \"Employees\", when = \"contract.type.code != 'INH'\","
                    + " grant = [ helloid.account, helloid.staff ] }",
            "{ name = \"Hired staff\", when = \"contract.type.code == 'INH' && contract.fte >= 0.5\","
                    + " grant = [ helloid.account, helloid.hired ] }",
            "{ name = \"Departments\", when = \"contract.department.code != ''\", grant = [ helloid.departments ] }",
            "{ name = \"Full-time\", when = \"contract.fte >= 0.8\", grant = [ helloid.fulltime ] }",
            "{ name = \"Team A0x\", when = \"contract.department.code.startsWith('A0')\","
                    + " grant = [ helloid.fulltime ] }",
            "{ name = \"Titles\", when = \"contract.title.code in ['T1', 'T3', 'T5']\", grant = [ helloid.staff ] }",
            "{ name = \"Started\", when = \"contract.startDate <= today\", grant = [ helloid.staff ] }",
            "{ name = \"Not ended\", when = \"contract.endDate == '' || contract.endDate >= today\","
                    + " grant = [ helloid.staff ] }",
            "{ name = \"Van family\", person-when = \"person.name.familyWithPrefix.startsWith('van')\","
                    + " when = \"contract.type.code == 'VAST'\", grant = [ helloid.hired ] }",
            "{ name = \"Mail users\", person-when = \"person.contact.business.email.endsWith('@org.example')\","
                    + " when = \"contract.active\", grant = [ helloid.staff ] }");

    /** The demo's correlation: HelloID cannot search by attribute, so the connector pages through every user. */
    static final String CORRELATION_BY_EMPLOYEE_ID =
            "      correlation { person = \"person.externalId\", account = \"userAttributes.employeeId\" }";

    private BenchConfig() {
    }

    /**
     * Writes {@code <data>/bench.conf} and returns its path.
     *
     * @param correlate the demo's correlation when true; correlation off when false
     */
    static Path write(Path data, String helloIdUrl, String apiKey, String apiSecret, int inFlight,
                      List<String> rules, boolean correlate) {
        try (InputStream in = BenchConfig.class.getResourceAsStream("bench.conf")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String text = template.replace("@DATA@", data.toAbsolutePath().toString())
                    .replace("@HELLOID_URL@", helloIdUrl).replace("@HELLOID_KEY@", apiKey)
                    .replace("@HELLOID_SECRET@", apiSecret).replace("@IN_FLIGHT@", String.valueOf(inFlight))
                    .replace("@CORRELATION@", correlate ? CORRELATION_BY_EMPLOYEE_ID : "")
                    .replace("@RULES@", "    " + String.join("\n    ", rules));
            Files.createDirectories(data);
            Path file = data.resolve("bench.conf");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the benchmark configuration into " + data, failure);
        }
    }
}
