package io.idbridge.sandbox.afas;

import io.idbridge.sandbox.sample.SampleNames;
import io.idbridge.sandbox.sample.SampleNames.FamilyName;
import io.idbridge.sandbox.sample.SampleNames.GivenName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated organisation of any size in the shape of the four AFAS GetConnectors (systems.md §3.2): a department
 * tree (a root, divisions, teams of about twenty) whose first member manages it, Dutch names with prefixes, partner
 * names and diacritics, one or two employments per employee with one or two positions each (about 1.5 contracts per
 * employee), fixed-term contracts, future starters, recent and long-gone leavers, rehires and a few external workers
 * (employee type {@code N}). Every employee has an AFAS user {@code <participant>.<Medewerker>} without a UPN, ready for
 * the write-back. The same seed, date and size give the same rows.
 */
public final class AfasOrganisation {
    /** The AFAS Online participant number in every generated user id. */
    public static final String PARTICIPANT = "12345";
    public static final String EMPLOYER_CODE = "01";
    public static final String EMPLOYER_NAME = "Lindeveld Groep B.V.";

    private static final String[] DIVISIONS = {"Bedrijfsvoering", "Dienstverlening", "Zorg en Welzijn", "Onderwijs",
            "Ruimte en Wonen", "Techniek", "Financiën", "Klantcontact", "Veiligheid", "Cultuur en Sport"};
    private static final String[] TEAMS = {"Servicedesk", "Salarisadministratie", "Werving", "Inkoop", "Facilitair",
            "Wijkteam", "Thuiszorg", "Planning", "Kwaliteit", "Communicatie", "Beheer", "Ontwikkeling", "Onderhoud",
            "Juridische Zaken", "Archief", "Receptie", "Handhaving", "Vergunningen", "Groen", "Data en Analyse"};
    private static final String[][] FUNCTIONS = {{"MDW", "Medewerker"}, {"SMW", "Senior medewerker"},
            {"ADV", "Adviseur"}, {"CON", "Consulent"}, {"BHR", "Beheerder"}, {"VPL", "Verpleegkundige"},
            {"DOC", "Docent"}, {"PLN", "Planner"}, {"ONT", "Ontwikkelaar"}, {"SEC", "Secretaresse"},
            {"JUR", "Jurist"}, {"ANA", "Analist"}};
    private static final String[] MANAGER_FUNCTION = {"MGR", "Leidinggevende"};

    private final LocalDate today;
    private final List<Map<String, Object>> users = new ArrayList<>();
    private final List<Map<String, Object>> employments = new ArrayList<>();
    private final List<Map<String, Object>> positions = new ArrayList<>();
    private final List<Map<String, Object>> units = new ArrayList<>();

    private AfasOrganisation(LocalDate today) {
        this.today = today;
    }

    /**
     * @param seed the same seed gives the same organisation
     * @param today the day the organisation is generated for; contract dates lie around it
     * @param employees how many employees (at least 1)
     */
    public static AfasOrganisation generate(long seed, LocalDate today, int employees) {
        if (employees < 1) {
            throw new IllegalArgumentException("an organisation needs at least one employee, not " + employees);
        }
        AfasOrganisation organisation = new AfasOrganisation(today);
        new Builder(organisation, new Random(seed), employees).build();
        return organisation;
    }

    public LocalDate today() {
        return today;
    }

    /** The Users rows (one per employee, with the user's fields), out of scope ones included. */
    public List<Map<String, Object>> users() {
        return List.copyOf(users);
    }

    public List<Map<String, Object>> employments() {
        return List.copyOf(employments);
    }

    public List<Map<String, Object>> positions() {
        return List.copyOf(positions);
    }

    public List<Map<String, Object>> organizationalUnits() {
        return List.copyOf(units);
    }

    /** A date as AFAS gives it: {@code 2024-03-01T00:00:00Z}. */
    public static String afasDate(LocalDate date) {
        return date == null ? null : date + "T00:00:00Z";
    }

    private record Unit(String code, String name, String parent, int team) {
    }

    private static final class Builder {
        private final AfasOrganisation organisation;
        private final Random random;
        private final int employees;
        private final List<Unit> tree = new ArrayList<>();
        private final List<Unit> teams = new ArrayList<>();
        private final Map<String, Unit> unitsByCode = new LinkedHashMap<>();
        private final Map<String, String[]> managers = new LinkedHashMap<>();

        Builder(AfasOrganisation organisation, Random random, int employees) {
            this.organisation = organisation;
            this.random = random;
            this.employees = employees;
        }

        void build() {
            buildTree();
            for (int index = 0; index < employees; index++) {
                // the first members of the tree manage its units, top down
                Unit home = index < tree.size() ? tree.get(index) : team();
                employee(index, home, index < tree.size());
            }
            for (Unit unit : tree) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ExternalId", unit.code());
                row.put("DisplayName", unit.name());
                row.put("ParentExternalId", unit.parent());
                String[] manager = managers.get(unit.code());
                row.put("ManagerExternalId", manager == null ? null : manager[0]);
                row.put("Huidige_vervanger", null);
                organisation.units.add(row);
            }
        }

        private void buildTree() {
            tree.add(new Unit("ORG", "Lindeveld Groep", null, -1));
            int teams = Math.max(1, (employees + 19) / 20);
            int divisions = Math.max(1, Math.min(DIVISIONS.length * 4, (teams + 9) / 10));
            for (int division = 0; division < divisions; division++) {
                String suffix = division < DIVISIONS.length ? "" : " " + (division / DIVISIONS.length + 1);
                tree.add(new Unit(String.format("D%02d", division + 1), DIVISIONS[division % DIVISIONS.length] + suffix,
                        "ORG", -1));
            }
            for (int team = 0; team < teams; team++) {
                String suffix = team < TEAMS.length ? "" : " " + (team / TEAMS.length + 1);
                tree.add(new Unit(String.format("T%04d", team + 1), TEAMS[team % TEAMS.length] + suffix,
                        String.format("D%02d", team % divisions + 1), team));
            }
            tree.forEach(unit -> unitsByCode.put(unit.code(), unit));
            tree.stream().filter(unit -> unit.team() >= 0).forEach(this.teams::add);
        }

        private Unit team() {
            return teams.get(random.nextInt(teams.size()));
        }

        private void employee(int index, Unit home, boolean manager) {
            String medewerker = String.valueOf(100001 + index);
            String personNumber = String.valueOf(500001 + index);
            GivenName given = SampleNames.GIVEN_NAMES.get(random.nextInt(SampleNames.GIVEN_NAMES.size()));
            FamilyName family = SampleNames.FAMILY_NAMES.get(random.nextInt(SampleNames.FAMILY_NAMES.size()));
            boolean partner = random.nextInt(10) < 3;
            FamilyName partnerName = partner
                    ? SampleNames.FAMILY_NAMES.get(random.nextInt(SampleNames.FAMILY_NAMES.size())) : null;
            String nick = given.nick().isEmpty() ? given.first() : given.nick();
            String displayName = String.join(" ", nick, family.prefix(), family.name()).replaceAll(" +", " ").trim();
            if (manager) {
                managers.put(home.code(), new String[] {medewerker, personNumber});
            }
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("Medewerker", medewerker);
            user.put("Gebruiker", PARTICIPANT + "." + medewerker);
            user.put("Persoonsnummer", personNumber);
            user.put("DisplayName", displayName);
            user.put("Geblokkeerd", false);
            user.put("UPN", null);
            user.put("Email_werk_gebruiker", null);
            user.put("Profit_Windows", false);
            user.put("Connector", false);
            user.put("Reservekopieen_via_commandline", false);
            user.put("Commandline", false);
            user.put("InSite", true);
            user.put("OutSite", false);
            user.put("Voorletters", given.first().charAt(0) + ".");
            user.put("Roepnaam", nick);
            user.put("Voornaam", given.first());
            user.put("Voorvoegsel", blankToNull(family.prefix()));
            user.put("Geboortenaam", family.name());
            user.put("Geboortenaam_partner", partner ? partnerName.name() : null);
            user.put("Voorvoegsel_partner", partner ? blankToNull(partnerName.prefix()) : null);
            user.put("Naamgebruik_code", partner ? random.nextInt(4) : 0);
            user.put("Mobielnr_werk", random.nextBoolean() ? String.format("06-%08d", random.nextInt(100_000_000))
                    : null);
            user.put("Telefoonnr_werk", random.nextInt(3) == 0 ? String.format("0570-%06d", random.nextInt(1_000_000))
                    : null);
            user.put("Email_werk", null);
            user.put("Email_portal", null);
            organisation.users.add(user);
            contracts(medewerker, personNumber, displayName, home, manager);
        }

        private void contracts(String medewerker, String personNumber, String name, Unit home, boolean manager) {
            LocalDate today = organisation.today;
            int kind = manager ? 0 : random.nextInt(100);
            boolean external = !manager && random.nextInt(100) == 0;
            if (kind < 80) {
                LocalDate start = today.minusDays(30 + random.nextInt(5000));
                LocalDate end = kind >= 70 ? today.plusDays(1 + random.nextInt(300)) : null;
                employment(medewerker, personNumber, name, 1, home, start, end, manager, external);
            } else if (kind < 86) {
                employment(medewerker, personNumber, name, 1, home, today.minusDays(400 + random.nextInt(3000)),
                        today.minusDays(1 + random.nextInt(60)), false, external);
            } else if (kind < 91) {
                employment(medewerker, personNumber, name, 1, home, today.plusDays(1 + random.nextInt(60)), null,
                        false, external);
            } else if (kind < 95) {
                // a rehire: the first employment ended a little while ago, the second starts soon
                employment(medewerker, personNumber, name, 1, home, today.minusDays(700 + random.nextInt(2000)),
                        today.minusDays(20 + random.nextInt(50)), false, external);
                employment(medewerker, personNumber, name, 2, team(), today.plusDays(1 + random.nextInt(30)), null,
                        false, external);
            } else if (kind < 98) {
                // two employments at once, with different hours
                employment(medewerker, personNumber, name, 1, home, today.minusDays(100 + random.nextInt(3000)), null,
                        false, external);
                employment(medewerker, personNumber, name, 2, team(), today.minusDays(10 + random.nextInt(90)), null,
                        false, external);
            } else {
                // left long ago: outside every GetConnector's date scope
                employment(medewerker, personNumber, name, 1, home, today.minusDays(1000 + random.nextInt(2000)),
                        today.minusDays(120 + random.nextInt(400)), false, external);
            }
        }

        private void employment(String medewerker, String personNumber, String name, int sequence, Unit unit,
                                LocalDate start, LocalDate end, boolean manager, boolean external) {
            String[] function = manager ? MANAGER_FUNCTION : FUNCTIONS[random.nextInt(FUNCTIONS.length)];
            double fte = manager ? 1.0 : new double[] {1.0, 1.0, 0.9, 0.8, 0.6, 0.5, 0.4}[random.nextInt(7)];
            String id = medewerker + "-" + sequence;
            String[] boss = bossOf(unit, medewerker);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Medewerker", medewerker);
            row.put("Persoonsnummer", personNumber);
            row.put("Naam", name);
            organisationalFields(row, unit, function);
            row.put("Type_contract", end == null ? "Onbepaalde tijd" : "Bepaalde tijd");
            row.put("Dienstverband", end == null ? "Vast" : "Tijdelijk");
            row.put("Volgnummer_contract", sequence);
            row.put("Begindatum_contract", afasDate(start));
            row.put("Einddatum_contract", afasDate(end));
            row.put("Begindatum_functie", afasDate(start));
            row.put("Einddatum_functie", afasDate(end));
            row.put("Uren_per_week", Math.round(fte * 36 * 10) / 10.0);
            row.put("Parttime_percentage", Math.round(fte * 100) * 1.0);
            row.put("FTE", fte);
            row.put("Persoonsnummer_leidinggevende", boss == null ? null : boss[1]);
            row.put("Medewerkernummer_leidinggevende", boss == null ? null : boss[0]);
            row.put("Persoonsnummer_VervangendLeidinggevende", null);
            row.put("Medewerkernummer_VervangendLeidinggevende", null);
            row.put("ExternalID", id);
            row.put("Soort_medewerker", external ? "Niet in loondienst" : "Werknemer");
            row.put("Soort_medewerker_code", external ? "N" : "I");
            row.put("Dienstbetrekking", external ? "Inhuur" : "Loondienst");
            organisation.employments.add(row);
            boolean split = !manager && random.nextInt(100) < 45;
            position(row, id + "-P1", unit, function, start, end, split ? 60.0 : 100.0, boss);
            if (split) {
                Unit second = team();
                String[] secondFunction = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
                LocalDate secondStart = start.plusDays(random.nextInt(60));
                position(row, id + "-P2", second, secondFunction, secondStart, end, 40.0, bossOf(second, medewerker));
            }
        }

        private void position(Map<String, Object> employment, String id, Unit unit, String[] function,
                              LocalDate start, LocalDate end, double percentage, String[] boss) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Medewerker", employment.get("Medewerker"));
            row.put("Persoonsnummer", employment.get("Persoonsnummer"));
            row.put("Naam", employment.get("Naam"));
            organisationalFields(row, unit, function);
            row.put("Begindatum_functie", afasDate(start));
            row.put("Einddatum_functie", afasDate(end));
            row.put("Percentage", percentage);
            row.put("Persoonsnummer_leidinggevende", boss == null ? null : boss[1]);
            row.put("Medewerkernummer_leidinggevende", boss == null ? null : boss[0]);
            row.put("Persoonsnummer_VervangendLeidinggevende", null);
            row.put("Medewerkernummer_VervangendLeidinggevende", null);
            row.put("EmploymentExternalID", employment.get("ExternalID"));
            row.put("ExternalID", id);
            organisation.positions.add(row);
        }

        private static void organisationalFields(Map<String, Object> row, Unit unit, String[] function) {
            row.put("Organisatorische_eenheid_code", unit.code());
            row.put("Organisatorische_eenheid_omschrijving", unit.name());
            row.put("Functie_code", function[0]);
            row.put("Functie_omschrijving", function[1]);
            row.put("Kostenplaats_code", "KP" + unit.code());
            row.put("Kostenplaats_omschrijving", "Kostenplaats " + unit.name());
            row.put("Werkgever_code", EMPLOYER_CODE);
            row.put("Werkgever_omschrijving", EMPLOYER_NAME);
        }

        /** The manager of the unit, or of the nearest unit above it that someone else manages. */
        private String[] bossOf(Unit unit, String medewerker) {
            Unit current = unit;
            while (current != null) {
                String[] manager = managers.get(current.code());
                if (manager != null && !manager[0].equals(medewerker)) {
                    return manager;
                }
                current = current.parent() == null ? null : unitsByCode.get(current.parent());
            }
            return null;
        }

        private static String blankToNull(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}
