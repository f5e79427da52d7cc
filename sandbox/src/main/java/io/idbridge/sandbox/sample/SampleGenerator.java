package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.sample.SampleNames.FamilyName;
import io.idbridge.sandbox.sample.SampleNames.GivenName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the sample organisation from a seed. Every random draw comes from one {@link Random} in a fixed order,
 * so a seed and a day always give the same data; the day only shifts the dates.
 */
final class SampleGenerator {
    static final String MAIL_DOMAIN = "lindeveld.example";
    static final int FIRST_ID = 10001;

    /** How many persons of each role the organisation has, besides managers and regulars. */
    private static final Map<SampleRole, Integer> ROLE_COUNTS = roleCounts();

    private final Random random;
    private final LocalDate today;
    private final Set<String> usedNameKeys = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    SampleGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = requireNonNull(today, "today is null");
    }

    SampleData generate() {
        List<String> ids = new ArrayList<>();
        Map<String, SampleDepartment> primary = new LinkedHashMap<>();
        Map<String, String> managerIds = new LinkedHashMap<>();
        int next = FIRST_ID;
        for (SampleDepartment department : SampleDepartments.ALL) {
            managerIds.put(department.code(), String.valueOf(next));
            for (int index = 0; index < department.headcount(); index++) {
                String id = String.valueOf(next++);
                ids.add(id);
                primary.put(id, department);
            }
        }
        SampleManagers managers = new SampleManagers(managerIds);
        Map<String, SampleRole> roles = assignRoles(ids, managers);
        Map<String, SamplePerson> persons = new LinkedHashMap<>();
        placeSpecialNames(roles, persons, managers, primary);
        SampleContractPlanner planner = new SampleContractPlanner(random, today);
        List<SampleContract> contracts = new ArrayList<>();
        for (String id : ids) {
            SamplePerson person = persons.get(id);
            if (person == null) {
                GivenName given = drawGivenName();
                FamilyName family = drawUnusedFamilyName(given);
                person = person(id, given, family, roles.get(id), managers.managerFor(primary.get(id), id));
                persons.put(id, person);
            }
            contracts.addAll(planner.plan(id, roles.get(id), primary.get(id), managers));
        }
        return new SampleData(ids.stream().map(persons::get).toList(), contracts, managers);
    }

    /** The key under which generated user names collide: nick (or first) name with family name. */
    static String nameKey(String nickOrFirst, String prefix, String lastName) {
        return SampleNames.normalise(nickOrFirst) + "." + SampleNames.normalise(prefix + lastName);
    }

    /** Draws a family name that does not make this person's user name collide with an existing one. */
    FamilyName drawUnusedFamilyName(GivenName given) {
        String nick = given.nick().isEmpty() ? given.first() : given.nick();
        while (true) {
            FamilyName family = drawFamilyName();
            if (usedNameKeys.add(nameKey(nick, family.prefix(), family.name()))) {
                return family;
            }
        }
    }

    GivenName drawGivenName() {
        return SampleNames.GIVEN_NAMES.get(random.nextInt(SampleNames.GIVEN_NAMES.size()));
    }

    private FamilyName drawFamilyName() {
        return SampleNames.FAMILY_NAMES.get(random.nextInt(SampleNames.FAMILY_NAMES.size()));
    }

    private Map<String, SampleRole> assignRoles(List<String> ids, SampleManagers managers) {
        List<String> staff = new ArrayList<>(ids.stream().filter(id -> !managers.isManager(id)).toList());
        Collections.shuffle(staff, random);
        Map<String, SampleRole> roles = new LinkedHashMap<>();
        ids.stream().filter(managers::isManager).forEach(id -> roles.put(id, SampleRole.MANAGER));
        int taken = 0;
        for (Map.Entry<SampleRole, Integer> count : ROLE_COUNTS.entrySet()) {
            for (int index = 0; index < count.getValue(); index++) {
                roles.put(staff.get(taken++), count.getKey());
            }
        }
        staff.subList(taken, staff.size()).forEach(id -> roles.put(id, SampleRole.REGULAR));
        return roles;
    }

    /**
     * Gives fixed names to a few persons: two pairs whose user names collide (one pair with a future starter) and
     * names with diacritics.
     */
    private void placeSpecialNames(Map<String, SampleRole> roles, Map<String, SamplePerson> persons,
                                   SampleManagers managers, Map<String, SampleDepartment> primary) {
        List<String> regulars = idsWithRole(roles, SampleRole.REGULAR);
        List<String> starters = idsWithRole(roles, SampleRole.FUTURE_STARTER);
        List<SpecialName> special = List.of(
                new SpecialName(regulars.get(0), new GivenName("Jan", ""), new FamilyName("de", "Vries")),
                new SpecialName(starters.get(0), new GivenName("Johannes", "Jan"), new FamilyName("de", "Vries")),
                new SpecialName(regulars.get(1), new GivenName("Sanne", ""), new FamilyName("", "Bakker")),
                new SpecialName(regulars.get(2), new GivenName("Sanne", ""), new FamilyName("", "Bakker")),
                new SpecialName(regulars.get(3), new GivenName("Ömer", ""), new FamilyName("", "Çelik")),
                new SpecialName(regulars.get(4), new GivenName("Zoë", ""), new FamilyName("van den", "Berg")),
                new SpecialName(regulars.get(5), new GivenName("Renée", ""), new FamilyName("de", "Graaf")));
        for (SpecialName name : special) {
            GivenName given = name.given();
            FamilyName family = name.family();
            usedNameKeys.add(nameKey(given.nick().isEmpty() ? given.first() : given.nick(), family.prefix(),
                    family.name()));
            persons.put(name.id(), person(name.id(), given, family, roles.get(name.id()),
                    managers.managerFor(primary.get(name.id()), name.id())));
        }
    }

    private SamplePerson person(String id, GivenName given, FamilyName family, SampleRole role, String managerId) {
        String nick = given.nick().isEmpty() ? given.first() : given.nick();
        String secondGiven = random.nextInt(10) < 4 ? drawGivenName().first() : "";
        FamilyName partner = random.nextInt(100) < 15 ? drawFamilyName() : null;
        String convention = partner == null ? "B" : List.of("P", "BP", "PB").get(random.nextInt(3));
        String localPart = SampleNames.normalise(nick) + "." + SampleNames.normalise(family.prefix() + family.name());
        // future starters get their business mail box from IT later; the second of a colliding pair got a number
        String email = role == SampleRole.FUTURE_STARTER ? ""
                : usedEmail(localPart) ? localPart + "2@" + MAIL_DOMAIN : localPart + "@" + MAIL_DOMAIN;
        String mobile = random.nextInt(10) < 7 ? String.format("06-%08d", random.nextInt(100_000_000)) : "";
        String privateEmail = random.nextInt(2) == 0 ? localPart + random.nextInt(100) + "@mail.example" : "";
        return new SamplePerson(id, given.first(), given.nick(), SampleNames.initials(given.first(), secondGiven),
                family.prefix(), family.name(), partner == null ? "" : partner.prefix(),
                partner == null ? "" : partner.name(), convention, email,
                String.format("088-%07d", 4_560_000 + Integer.parseInt(id) - FIRST_ID), mobile, privateEmail,
                managerId);
    }

    private boolean usedEmail(String localPart) {
        return !usedEmails.add(localPart);
    }

    private static List<String> idsWithRole(Map<String, SampleRole> roles, SampleRole role) {
        return roles.entrySet().stream().filter(entry -> entry.getValue() == role).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static Map<SampleRole, Integer> roleCounts() {
        Map<SampleRole, Integer> counts = new LinkedHashMap<>();
        counts.put(SampleRole.FUTURE_STARTER, 10);
        counts.put(SampleRole.LEAVER, 8);
        counts.put(SampleRole.REHIRE, 2);
        counts.put(SampleRole.REHIRE_SOON, 1);
        counts.put(SampleRole.TWO_CONTRACTS, 6);
        return counts;
    }

    private record SpecialName(String id, GivenName given, FamilyName family) {
    }
}
