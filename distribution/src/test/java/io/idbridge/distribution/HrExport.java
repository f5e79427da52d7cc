package io.idbridge.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HR export of any size in the CSV connector's default columns ({@code persons.csv}, {@code contracts.csv},
 * {@code departments.csv}): one open-ended contract per person that started weeks ago, six departments (one of them
 * ICT), and the last five persons named like the first five, so that user names need an iteration. Deterministic.
 */
final class HrExport {
    static final String PERSONS_HEADER = "employee_id;first_name;nick_name;initials;prefix;last_name;partner_prefix;"
            + "partner_last_name;convention;email;phone;mobile;private_email;manager_id";
    static final String CONTRACTS_HEADER = "contract_id;employee_id;start_date;end_date;department_code;"
            + "department_name;title_code;title_name;cost_center_code;cost_center_name;employer_code;employer_name;"
            + "type_code;type_description;fte;hours_per_week;manager_id;location_code;location_name";
    static final String DEPARTMENTS_HEADER = "code;name;parent_code;manager_id";
    static final int FIRST_ID = 30001;

    private static final List<String> FIRST_NAMES = List.of("Anna", "Bram", "Carla", "Daan", "Eva", "Finn", "Greet",
            "Hugo", "Iris", "Joost", "Kim", "Lars", "Mila", "Noah", "Olga", "Pim", "Roos", "Sem", "Tess", "Vince");
    private static final List<String> FAMILY_NAMES = List.of("Bakker", "Dekker", "Jansen", "Kok", "Meijer", "Mulder",
            "Peters", "Smit", "Visser", "Vos", "Willems", "Boer", "Graaf", "Hoek", "Lange", "Wit");
    private static final Map<String, String> DEPARTMENTS = departments();
    private static final int NAME_TWINS = 5;

    private final Map<String, Person> persons = new LinkedHashMap<>();

    private record Person(String id, String firstName, String prefix, String lastName, String department,
                          LocalDate start, LocalDate end) {
        Person withEnd(LocalDate newEnd) {
            return new Person(id, firstName, prefix, lastName, department, start, newEnd);
        }

        Person withLastName(String newLastName) {
            return new Person(id, firstName, prefix, newLastName, department, start, end);
        }
    }

    /** {@code count} persons with ids from {@value #FIRST_ID}, every contract started before {@code today}. */
    static HrExport of(int count, LocalDate today) {
        HrExport export = new HrExport();
        for (int index = 0; index < count; index++) {
            int named = index >= count - NAME_TWINS && count > 2 * NAME_TWINS ? index - (count - NAME_TWINS) : index;
            String firstName = FIRST_NAMES.get(named % FIRST_NAMES.size());
            String lastName = FAMILY_NAMES.get(named / FIRST_NAMES.size() % FAMILY_NAMES.size());
            String prefix = named % 9 == 4 ? "de" : "";
            String department = List.copyOf(DEPARTMENTS.keySet()).get(index % DEPARTMENTS.size());
            String id = Integer.toString(FIRST_ID + index);
            export.persons.put(id, new Person(id, firstName, prefix, lastName, department,
                    today.minusDays(20 + index % 400), null));
        }
        return export;
    }

    static String id(int index) {
        return Integer.toString(FIRST_ID + index);
    }

    /** The person's contract ends on {@code lastDay}. */
    HrExport leave(String id, LocalDate lastDay) {
        persons.computeIfPresent(id, (key, person) -> person.withEnd(lastDay));
        return this;
    }

    /** The person's family name changes. */
    HrExport rename(String id, String lastName) {
        persons.computeIfPresent(id, (key, person) -> person.withLastName(lastName));
        return this;
    }

    int size() {
        return persons.size();
    }

    /** The ids of the persons in a department, e.g. {@code ICT}. */
    List<String> inDepartment(String code) {
        return persons.values().stream().filter(person -> person.department().equals(code)).map(Person::id).toList();
    }

    /** Writes the three files into {@code directory}, replacing them. */
    void writeTo(Path directory) {
        write(directory, personsText(), contractsText());
    }

    /**
     * Writes the files as an export that broke off part-way: {@code persons.csv} ends in the middle of the row after
     * {@code completeRows} rows, as a half-copied file would.
     */
    void writeTruncatedTo(Path directory, int completeRows) {
        List<String> lines = personsText().lines().toList();
        String cut = lines.get(completeRows + 1);
        String text = String.join("\n", lines.subList(0, completeRows + 1)) + "\n" + cut.substring(0, cut.length() / 2);
        write(directory, text, contractsText());
    }

    /** Writes the persons file in full and a contracts file with only its header line, as a half-done export. */
    void writeWithHeaderOnlyContractsTo(Path directory) {
        write(directory, personsText(), CONTRACTS_HEADER + "\n");
    }

    /** Writes a persons file with only its header line and the contracts file in full. */
    void writeWithHeaderOnlyPersonsTo(Path directory) {
        write(directory, PERSONS_HEADER + "\n", contractsText());
    }

    /** Writes the persons file in full and only the first {@code percent} % of the contract rows. */
    void writeWithContractsCutTo(Path directory, int percent) {
        List<String> rows = contractsText().lines().skip(1).toList();
        List<String> kept = rows.subList(0, rows.size() * percent / 100);
        write(directory, personsText(), CONTRACTS_HEADER + "\n" + String.join("\n", kept) + "\n");
    }

    /** Writes an export with the header lines only: a source that returns no one. */
    static void writeEmptyTo(Path directory) {
        write(directory, PERSONS_HEADER + "\n", CONTRACTS_HEADER + "\n");
    }

    private String personsText() {
        StringBuilder text = new StringBuilder(PERSONS_HEADER).append('\n');
        for (Person person : persons.values()) {
            String email = (person.firstName() + "." + person.prefix() + person.lastName() + "." + person.id())
                    .toLowerCase(java.util.Locale.ROOT) + "@example.org";
            text.append(String.join(";", person.id(), person.firstName(), "", person.firstName().substring(0, 1) + ".",
                    person.prefix(), person.lastName(), "", "", "B", email, "", "", "", "")).append('\n');
        }
        return text.toString();
    }

    private String contractsText() {
        StringBuilder text = new StringBuilder(CONTRACTS_HEADER).append('\n');
        for (Person person : persons.values()) {
            String department = person.department();
            text.append(String.join(";", "C" + person.id(), person.id(), person.start().toString(),
                    person.end() == null ? "" : person.end().toString(), department, DEPARTMENTS.get(department),
                    "T" + department, "Adviseur " + DEPARTMENTS.get(department), "K" + department,
                    DEPARTMENTS.get(department), "GEM", "Gemeente", "EMP", "Employee", "1.0", "36", "", "HQ",
                    "Stadhuis")).append('\n');
        }
        return text.toString();
    }

    private static void write(Path directory, String personsText, String contractsText) {
        StringBuilder departments = new StringBuilder(DEPARTMENTS_HEADER).append('\n');
        DEPARTMENTS.forEach((code, name) -> departments.append(code).append(';').append(name).append(";;\n"));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("persons.csv"), personsText, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("contracts.csv"), contractsText, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("departments.csv"), departments, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the HR export to " + directory, failure);
        }
    }

    private static Map<String, String> departments() {
        Map<String, String> departments = new LinkedHashMap<>();
        departments.put("ICT", "Informatievoorziening");
        departments.put("FIN", "Financien");
        departments.put("BZ", "Burgerzaken");
        departments.put("OR", "Openbare Ruimte");
        departments.put("HRM", "Personeel en Organisatie");
        departments.put("KCC", "Klantcontactcentrum");
        return departments;
    }

    private HrExport() {
    }

    /** For callers that need the ids in order. */
    List<String> ids() {
        return new ArrayList<>(persons.keySet());
    }
}
