package io.idbridge.sandbox.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.sample.SampleChange;
import io.idbridge.sandbox.sample.SampleChange.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What HR records overnight in an AFAS organisation, for the demo: two hires starting on the new day, a leaver whose
 * last working day was yesterday, a transfer to another team, a rename (a marriage: the partner's name first) and a
 * rehire of someone who left long ago. Changes go straight into the simulator's rows, as HR's screens would put them.
 * The same rows give the same choices. Nobody chosen is a manager, so no one else's manager changes with them.
 */
public final class AfasNextDay {
    private static final String[][] HIRES = {{"Zoë", "van den", "Heuvel"}, {"Sem", "", "Çelik"}};

    private final AfasSimulator afas;
    private final LocalDate day;
    private final List<SampleChange> changes = new ArrayList<>();
    private final Set<String> chosen = new HashSet<>();
    // the rows as they were before any change, read once: choosing must not copy every row per candidate
    private final List<String> employees;
    private final Map<String, List<Map<String, Object>>> employments;
    private final Map<String, List<Map<String, Object>>> positions;

    private AfasNextDay(AfasSimulator afas, LocalDate day) {
        this.afas = afas;
        this.day = day;
        this.employees = afas.rows(AfasSimulator.USERS).stream().map(row -> row.get("Medewerker").toString()).toList();
        this.employments = byEmployee(afas.rows(AfasSimulator.EMPLOYMENTS));
        this.positions = byEmployee(afas.rows(AfasSimulator.POSITIONS));
    }

    /**
     * Applies the changes for {@code day} (the day after the rows' last sync) and moves the simulator's date scope to
     * it.
     *
     * @return one line per change, in the order made
     */
    public static List<SampleChange> apply(AfasSimulator afas, LocalDate day) {
        requireNonNull(afas, "afas is null");
        requireNonNull(day, "day is null");
        afas.today(day);
        AfasNextDay next = new AfasNextDay(afas, day);
        for (String[] name : HIRES) {
            next.hire(name);
        }
        next.leaver();
        next.transfer();
        next.rename();
        next.rehire();
        return List.copyOf(next.changes);
    }

    /**
     * The employees whose contract dates alone make {@code day} differ from the day before, for a lifecycle that
     * creates accounts {@code createDaysBeforeStart} days before a start: an employment or position that starts on
     * {@code day} or that many days later, or that ended the day before. Outside staff are left out, as the
     * GetConnectors leave them out.
     */
    public static Set<String> dueOn(AfasSimulator afas, LocalDate day, int createDaysBeforeStart) {
        Set<LocalDate> starts = Set.of(day, day.plusDays(createDaysBeforeStart));
        LocalDate yesterday = day.minusDays(1);
        Set<String> outsideStaff = new HashSet<>();
        afas.rows(AfasSimulator.EMPLOYMENTS).stream().filter(row -> !employed(row))
                .forEach(row -> outsideStaff.add(row.get("Medewerker").toString()));
        Set<String> due = new TreeSet<>();
        for (String connector : List.of(AfasSimulator.EMPLOYMENTS, AfasSimulator.POSITIONS)) {
            for (Map<String, Object> row : afas.rows(connector)) {
                Object start = row.get("Begindatum_functie");
                Object end = row.get("Einddatum_functie");
                if (start != null && starts.contains(date(start)) || end != null && date(end).equals(yesterday)) {
                    due.add(row.get("Medewerker").toString());
                }
            }
        }
        due.removeAll(outsideStaff);
        return due;
    }

    private void hire(String[] name) {
        Map<String, Object> template = employments(steadyEmployee()).get(0);
        // the next free number: read from the simulator, which holds the hires made before this one
        String medewerker = String.valueOf(afas.rows(AfasSimulator.USERS).stream()
                .mapToLong(row -> Long.parseLong(row.get("Medewerker").toString())).max().orElse(100000) + 1);
        String personNumber = "9" + medewerker;
        String displayName = String.join(" ", name[0], name[1], name[2]).replaceAll(" +", " ");
        Map<String, Object> user = new LinkedHashMap<>(afas.employee(template.get("Medewerker").toString())
                .orElseThrow());
        user.put("Medewerker", medewerker);
        user.put("Persoonsnummer", personNumber);
        user.put("Gebruiker", AfasOrganisation.PARTICIPANT + "." + medewerker);
        user.put("DisplayName", displayName);
        user.put("Geblokkeerd", false);
        user.put("UPN", null);
        user.put("Email_werk_gebruiker", null);
        user.put("Voorletters", name[0].charAt(0) + ".");
        user.put("Roepnaam", name[0]);
        user.put("Voornaam", name[0]);
        user.put("Voorvoegsel", name[1].isEmpty() ? null : name[1]);
        user.put("Geboortenaam", name[2]);
        user.put("Geboortenaam_partner", null);
        user.put("Voorvoegsel_partner", null);
        user.put("Naamgebruik_code", 0);
        afas.addRow(AfasSimulator.USERS, user);
        Map<String, Object> employment = new LinkedHashMap<>(template);
        employment.put("Medewerker", medewerker);
        employment.put("Persoonsnummer", personNumber);
        employment.put("Naam", displayName);
        employment.put("ExternalID", medewerker + "-1");
        employment.put("Volgnummer_contract", 1);
        startsOn(employment);
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
        chosen.add(medewerker);
        changes.add(new SampleChange(Kind.HIRE, medewerker, "hire: " + medewerker + " " + displayName + " starts in "
                + employment.get("Organisatorische_eenheid_omschrijving")));
    }

    private void leaver() {
        String medewerker = steadyEmployee();
        String end = AfasOrganisation.afasDate(day.minusDays(1));
        for (Map<String, Object> employment : employments(medewerker)) {
            afas.updateRow(AfasSimulator.EMPLOYMENTS, employment.get("ExternalID").toString(),
                    Map.of("Einddatum_contract", end, "Einddatum_functie", end));
        }
        for (Map<String, Object> position : positions(medewerker)) {
            afas.updateRow(AfasSimulator.POSITIONS, position.get("ExternalID").toString(),
                    Map.of("Einddatum_functie", end));
        }
        changes.add(new SampleChange(Kind.LEAVER, medewerker, "leaver: " + medewerker + " " + name(medewerker)
                + ", last working day " + day.minusDays(1)));
    }

    /** Every employment and position moves to the team of another employee (unit, function stays, cost centre). */
    private void transfer() {
        String medewerker = steadyEmployee();
        Object from = employments(medewerker).get(0).get("Organisatorische_eenheid_code");
        Map<String, Object> team = employments.values().stream().flatMap(List::stream)
                .filter(row -> !from.equals(row.get("Organisatorische_eenheid_code")))
                .filter(row -> !"MGR".equals(row.get("Functie_code"))).findFirst().orElseThrow();
        Map<String, Object> unit = new LinkedHashMap<>();
        for (String field : List.of("Organisatorische_eenheid_code", "Organisatorische_eenheid_omschrijving",
                "Kostenplaats_code", "Kostenplaats_omschrijving", "Persoonsnummer_leidinggevende",
                "Medewerkernummer_leidinggevende")) {
            unit.put(field, team.get(field));
        }
        for (Map<String, Object> row : employments(medewerker)) {
            afas.updateRow(AfasSimulator.EMPLOYMENTS, row.get("ExternalID").toString(), unit);
        }
        for (Map<String, Object> row : positions(medewerker)) {
            afas.updateRow(AfasSimulator.POSITIONS, row.get("ExternalID").toString(), unit);
        }
        changes.add(new SampleChange(Kind.TRANSFER, medewerker, "transfer: " + medewerker + " " + name(medewerker)
                + " from unit " + from + " to " + team.get("Organisatorische_eenheid_code") + " "
                + team.get("Organisatorische_eenheid_omschrijving")));
    }

    /** A marriage: the partner's name, then the own (naming convention PB, Naamgebruik_code 1). */
    private void rename() {
        String medewerker = steadyEmployee();
        String before = name(medewerker);
        Map<String, Object> marriage = new LinkedHashMap<>();
        marriage.put("Geboortenaam_partner", "Bakker");
        marriage.put("Voorvoegsel_partner", null);
        marriage.put("Naamgebruik_code", 1);
        afas.updateRow(AfasSimulator.USERS, medewerker, marriage);
        changes.add(new SampleChange(Kind.RENAME, medewerker, "rename: " + medewerker + " " + before
                + " married and is now called Bakker - " + before.substring(before.indexOf(' ') + 1)));
    }

    /** Someone who left long ago (outside every date scope) comes back with a new employment from the new day. */
    private void rehire() {
        LocalDate longAgo = day.minusMonths(3);
        String medewerker = employees.stream()
                .filter(candidate -> !chosen.contains(candidate))
                .filter(candidate -> !employments(candidate).isEmpty() && employments(candidate).stream()
                        .allMatch(row -> row.get("Einddatum_contract") != null && employed(row)
                                && date(row.get("Einddatum_contract")).isBefore(longAgo)))
                .findFirst().orElseThrow(() -> new IllegalStateException("nobody left long ago to rehire"));
        List<Map<String, Object>> before = employments(medewerker);
        Map<String, Object> employment = new LinkedHashMap<>(before.get(before.size() - 1));
        employment.put("ExternalID", medewerker + "-" + (before.size() + 1));
        employment.put("Volgnummer_contract", before.size() + 1);
        startsOn(employment);
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
        chosen.add(medewerker);
        changes.add(new SampleChange(Kind.REHIRE, medewerker, "rehire: " + medewerker + " " + name(medewerker)
                + " returns, employment " + employment.get("ExternalID") + " from " + day));
    }

    /**
     * The next employee, not chosen before, not a manager and without a partner name, whose every employment (none
     * of them outside staff, who are outside the GetConnectors' scope) started before yesterday and has no end:
     * someone whose accounts are simply active, and whose name is their own.
     */
    private String steadyEmployee() {
        LocalDate yesterday = day.minusDays(1);
        String medewerker = employees.stream()
                .filter(candidate -> !chosen.contains(candidate))
                .filter(candidate -> {
                    List<Map<String, Object>> rows = employments(candidate);
                    return !rows.isEmpty() && rows.stream().allMatch(row -> row.get("Einddatum_contract") == null
                            && date(row.get("Begindatum_contract")).isBefore(yesterday)
                            && !"MGR".equals(row.get("Functie_code")) && employed(row))
                            && afas.employee(candidate).map(user -> user.get("Geboortenaam_partner") == null)
                            .orElse(false)
                            && positions(candidate).stream()
                            .allMatch(row -> date(row.get("Begindatum_functie")).isBefore(yesterday));
                })
                .findFirst().orElseThrow(() -> new IllegalStateException("no steady employee left to change"));
        chosen.add(medewerker);
        return medewerker;
    }

    private void startsOn(Map<String, Object> employment) {
        employment.put("Begindatum_contract", AfasOrganisation.afasDate(day));
        employment.put("Begindatum_functie", AfasOrganisation.afasDate(day));
        employment.put("Einddatum_contract", null);
        employment.put("Einddatum_functie", null);
        employment.put("Type_contract", "Onbepaalde tijd");
        employment.put("Dienstverband", "Vast");
    }

    private List<Map<String, Object>> employments(String medewerker) {
        return employments.getOrDefault(medewerker, List.of());
    }

    private List<Map<String, Object>> positions(String medewerker) {
        return positions.getOrDefault(medewerker, List.of());
    }

    private static Map<String, List<Map<String, Object>>> byEmployee(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> byEmployee = new LinkedHashMap<>();
        rows.forEach(row -> byEmployee.computeIfAbsent(row.get("Medewerker").toString(), key -> new ArrayList<>())
                .add(row));
        return byEmployee;
    }

    private String name(String medewerker) {
        return String.valueOf(afas.employee(medewerker).orElseThrow().get("DisplayName"));
    }

    /** Outside staff ({@code N}) are left out of the Tools4ever GetConnectors. */
    private static boolean employed(Map<String, Object> employment) {
        return !"N".equals(employment.get("Soort_medewerker_code"));
    }

    private static LocalDate date(Object afasDate) {
        return LocalDate.parse(afasDate.toString().substring(0, 10));
    }
}
