package io.idbridge.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A generated organisation of any size, written as the three CSV exports in the CSV connector's default columns
 * (the same columns as the sandbox's sample organisation, which is fixed at about 200 persons). About 80 % of the
 * persons have one contract and 20 % two; 3 % start in the next 20 days and 2 % left last month. Names are drawn
 * from 60 given names and 1,000 family names, so about a fifth of the user names collide at 30,000 persons, as in a
 * large organisation. The same seed, size and day always give the same bytes.
 */
final class LargeOrganisation {
    static final int DEPARTMENTS = 40;
    private static final int FIRST_ID = 100_001;
    private static final List<String> GIVEN = List.of("Jan", "Piet", "Kees", "Anna", "Maria", "Sanne", "Lisa",
            "Emma",
            "Daan", "Sem", "Lucas", "Milan", "Levi", "Finn", "Noah", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Eva",
            "Lotte", "Fleur", "Iris", "Noor", "Anouk", "Femke", "Bram", "Thijs", "Ruben", "Joost", "Wouter", "Ömer",
            "Renée", "Hanna", "Linda", "Karin", "Peter", "Marco", "Erik", "Henk", "Gerrit", "Willem", "Johan", "Frank",
            "Ingrid", "Monique", "Esther", "Sandra", "Petra", "Ahmed", "Mohamed", "Fatima", "Yasmina", "Sara", "Rik",
            "Tim", "Tom", "Nina", "Roos");
    private static final List<String> FAMILY_ROOTS = List.of("Bak", "Vis", "Smit", "Mulder", "Bos", "Dekk", "Brouw",
            "Wijn", "Hoek", "Kok", "Jans", "Ver", "Meer", "Kuip", "Stol", "Veld", "Berg", "Dijk", "Hof", "Graaf",
            "Brink", "Wit", "Zwart", "Groen", "Kramm", "Schout", "Vos", "Haan", "Leeuw", "Boer", "Molen", "Beek",
            "Kamp", "Horst", "Sloot", "Weer", "Laan", "Brug", "Dam", "Poel");
    private static final List<String> FAMILY_ENDINGS = List.of("er", "ers", "man", "mans", "stra", "sma", "ink",
            "ing", "huis", "kamp", "link", "ert", "ema", "ens", "ink", "el", "elaar", "hout", "veld", "wijk", "hof",
            "dal", "burg", "horst", "enga");
    private static final List<String> PREFIXES = List.of("", "", "", "de", "van", "van der", "van den", "ter");
    private static final List<String> TYPES = List.of("VAST;Vast dienstverband", "VAST;Vast dienstverband",
            "TIJD;Tijdelijk dienstverband", "INH;Inhuur");

    private final long seed;
    private final int persons;
    private final LocalDate today;

    LargeOrganisation(long seed, int persons, LocalDate today) {
        this.seed = seed;
        this.persons = persons;
        this.today = today;
    }

    /**
     * Moves the contracts of every {@code everyNth} person (by employee id) to the next department, as HR records
     * transfers; returns how many persons changed.
     */
    static int transferEveryNth(Path directory, int everyNth) throws IOException {
        Path contracts = directory.resolve("contracts.csv");
        List<String> lines = Files.readAllLines(contracts);
        java.util.Set<String> moved = new java.util.HashSet<>();
        for (int index = 1; index < lines.size(); index++) {
            String[] fields = lines.get(index).split(";", -1);
            String employee = fields[1];
            if (Math.floorMod(employee.hashCode(), everyNth) != 0) {
                continue;
            }
            String next = departmentCode((Integer.parseInt(fields[4].substring(1)) + 1) % DEPARTMENTS);
            fields[4] = next;
            fields[5] = "Afdeling " + next;
            lines.set(index, String.join(";", fields));
            moved.add(employee);
        }
        Files.write(contracts, lines);
        return moved.size();
    }

    /** Writes persons.csv, contracts.csv and departments.csv into {@code directory}; returns the contract count. */
    int writeTo(Path directory) {
        Random random = new Random(seed);
        int contracts = 0;
        try {
            Files.createDirectories(directory);
            writeDepartments(directory.resolve("departments.csv"));
            try (BufferedWriter personsFile = Files.newBufferedWriter(directory.resolve("persons.csv"),
                    StandardCharsets.UTF_8);
                 BufferedWriter contractsFile = Files.newBufferedWriter(directory.resolve("contracts.csv"),
                         StandardCharsets.UTF_8)) {
                personsFile.write("employee_id;first_name;nick_name;initials;prefix;last_name;partner_prefix;"
                        + "partner_last_name;convention;email;phone;mobile;private_email;manager_id\n");
                contractsFile.write("contract_id;employee_id;start_date;end_date;department_code;department_name;"
                        + "title_code;title_name;cost_center_code;cost_center_name;employer_code;employer_name;"
                        + "type_code;type_description;fte;hours_per_week;manager_id;location_code;location_name\n");
                for (int index = 0; index < persons; index++) {
                    int id = FIRST_ID + index;
                    int department = random.nextInt(DEPARTMENTS);
                    personsFile.write(personRow(random, id, department));
                    int count = random.nextInt(5) == 0 ? 2 : 1;
                    for (int number = 1; number <= count; number++) {
                        int contractDepartment = number == 1 ? department : random.nextInt(DEPARTMENTS);
                        contractsFile.write(contractRow(random, id, number, contractDepartment));
                        contracts++;
                    }
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the organisation to " + directory, failure);
        }
        return contracts;
    }

    private String personRow(Random random, int id, int department) {
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        String family = FAMILY_ROOTS.get(random.nextInt(FAMILY_ROOTS.size()))
                + FAMILY_ENDINGS.get(random.nextInt(FAMILY_ENDINGS.size()));
        String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
        String email = (given + "." + prefix.replace(" ", "") + family).toLowerCase(java.util.Locale.ROOT)
                + id + "@org.example";
        return String.join(";", String.valueOf(id), given, "", given.charAt(0) + ".", prefix, family, "", "", "B",
                email, String.format("088-%07d", id), "", "", managerOf(department)) + "\n";
    }

    private String contractRow(Random random, int id, int number, int department) {
        int kind = random.nextInt(100);
        LocalDate start;
        String end = "";
        if (kind < 3) {
            start = today.plusDays(1 + random.nextInt(20));
        } else if (kind < 5) {
            start = today.minusYears(1 + random.nextInt(10));
            end = today.minusDays(1 + random.nextInt(30)).toString();
        } else {
            start = today.minusDays(1 + random.nextInt(5000));
        }
        String type = TYPES.get(random.nextInt(TYPES.size()));
        String fte = List.of("1.0", "0.8", "0.6", "0.5", "0.4").get(random.nextInt(5));
        String code = departmentCode(department);
        return String.join(";", id + "-" + number, String.valueOf(id), start.toString(), end, code,
                "Afdeling " + code, "T" + (department % 7), "Functie " + (department % 7), "K" + code,
                "Kostenplaats " + code, "ORG", "Organisatie", type, fte, "36", managerOf(department), "HQ",
                "Hoofdkantoor") + "\n";
    }

    private void writeDepartments(Path file) throws IOException {
        StringBuilder text = new StringBuilder("code;name;parent_code;manager_id\n");
        for (int department = 0; department < DEPARTMENTS; department++) {
            text.append(departmentCode(department)).append(";Afdeling ").append(departmentCode(department))
                    .append(";;").append(managerOf(department)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String departmentCode(int department) {
        return String.format("A%02d", department);
    }

    /** The first persons are the department managers, one per department. */
    private String managerOf(int department) {
        return persons > DEPARTMENTS ? String.valueOf(FIRST_ID + department) : "";
    }
}
