package io.idbridge.engine.evaluate;

import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what expressions see as {@code person} and {@code contract}: the mapped fields, with every field of the
 * standard schema present ("" when unmapped, so that expressions need no {@code has()} checks) plus derived fields:
 * {@code displayName}, {@code name.familyWithPrefix} (by naming convention), {@code contracts},
 * {@code primaryContract}, {@code accounts.<target>.<field>}, and per contract {@code active}.
 */
public final class PersonView {
    private static final List<String> PERSON_TEXT_FIELDS = List.of("name.given", "name.nick", "name.initials",
            "name.family", "name.familyPrefix", "name.partnerFamily", "name.partnerFamilyPrefix", "name.convention",
            "contact.business.email", "contact.business.phone", "contact.business.mobile", "contact.personal.email",
            "manager", "userName");
    private static final List<String> CONTRACT_TEXT_FIELDS = List.of("department.code", "department.name",
            "department.manager", "title.code", "title.name", "costCenter.code", "costCenter.name", "employer.code",
            "employer.name", "type.code", "type.description", "manager", "location.code", "location.name");
    private static final List<String> CONTRACT_NUMBER_FIELDS = List.of("fte", "hoursPerWeek");

    private PersonView() {
    }

    /**
     * The {@code person} variable.
     *
     * @param primary the primary contract, or null when the person has none
     * @param accounts per target, the account data (flat, dotted keys) the person holds or will hold
     */
    public static Map<String, Object> person(Person person, Contract primary, Map<String, Map<String, Object>> accounts,
                                             LocalDate today) {
        Map<String, Object> view = Maps.mutableCopy(person.fields());
        PERSON_TEXT_FIELDS.forEach(path -> putIfAbsent(view, path, ""));
        view.put("externalId", person.externalId());
        Maps.put(view, "name.familyWithPrefix", familyWithPrefix(view));
        Object displayName = view.get("displayName");
        if (displayName == null || displayName.toString().isBlank()) {
            view.put("displayName", join(" ", text(view, "name.nick").isEmpty() ? text(view, "name.given")
                    : text(view, "name.nick"), text(view, "name.familyWithPrefix")));
        }
        List<Map<String, Object>> contracts = new ArrayList<>();
        person.contracts().forEach(contract -> contracts.add(contract(contract, today)));
        view.put("contracts", contracts);
        int primaryIndex = indexOf(person, primary);
        view.put("primaryContract", primary == null ? emptyContract()
                : primaryIndex >= 0 ? contracts.get(primaryIndex) : contract(primary, today));
        view.put("accounts", new LinkedHashMap<String, Object>());
        accounts.forEach((target, data) -> putAccount(view, target, data));
        return view;
    }

    /** Sets {@code accounts.<target>} of a {@link #person} view to the account data (flat, dotted keys). */
    @SuppressWarnings("unchecked")
    public static void putAccount(Map<String, Object> personView, String target, Map<String, Object> data) {
        Map<String, Object> nested = new LinkedHashMap<>();
        data.forEach((field, value) -> Maps.put(nested, field, value));
        ((Map<String, Object>) personView.get("accounts")).put(target, nested);
    }

    /**
     * The {@code contract} variable for one of the person's contracts, taken from the {@code contracts} that
     * {@link #person} built: rules and dynamic permissions test every contract, and building a view costs more than
     * testing it.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> contractOf(Map<String, Object> personView, Person person, Contract contract,
                                                 LocalDate today) {
        int index = indexOf(person, contract);
        return index < 0 ? contract(contract, today)
                : ((List<Map<String, Object>>) personView.get("contracts")).get(index);
    }

    private static int indexOf(Person person, Contract contract) {
        for (int index = 0; index < person.contracts().size(); index++) {
            if (person.contracts().get(index) == contract) {
                return index;
            }
        }
        return -1;
    }

    /** The {@code contract} variable. */
    public static Map<String, Object> contract(Contract contract, LocalDate today) {
        Map<String, Object> view = Maps.mutableCopy(contract.fields());
        CONTRACT_TEXT_FIELDS.forEach(path -> putIfAbsent(view, path, ""));
        CONTRACT_NUMBER_FIELDS.forEach(path -> putIfAbsent(view, path, 0.0));
        putIfAbsent(view, "department.parents", List.of());
        view.put("externalId", contract.externalId());
        view.put("startDate", contract.startDate().toString());
        view.put("endDate", contract.endDate() == null ? "" : contract.endDate().toString());
        view.put("active", contract.activeOn(today));
        return view;
    }

    private static Map<String, Object> emptyContract() {
        Map<String, Object> view = new LinkedHashMap<>();
        CONTRACT_TEXT_FIELDS.forEach(path -> putIfAbsent(view, path, ""));
        CONTRACT_NUMBER_FIELDS.forEach(path -> putIfAbsent(view, path, 0.0));
        putIfAbsent(view, "department.parents", List.of());
        view.put("externalId", "");
        view.put("startDate", "");
        view.put("endDate", "");
        view.put("active", false);
        return view;
    }

    /** Family name with prefix by convention: B birth name, P partner's, BP birth-partner, PB partner-birth. */
    static String familyWithPrefix(Map<String, Object> view) {
        String birth = join(" ", text(view, "name.familyPrefix"), text(view, "name.family"));
        String partner = join(" ", text(view, "name.partnerFamilyPrefix"), text(view, "name.partnerFamily"));
        if (partner.isEmpty()) {
            return birth;
        }
        return switch (text(view, "name.convention").toUpperCase(java.util.Locale.ROOT)) {
            case "P" -> partner;
            case "BP" -> birth + " - " + partner;
            case "PB" -> partner + " - " + birth;
            default -> birth;
        };
    }

    private static void putIfAbsent(Map<String, Object> view, String path, Object value) {
        if (Maps.path(view, path) == null) {
            Maps.put(view, path, value);
        }
    }

    private static String text(Map<String, Object> view, String path) {
        Object value = Maps.path(view, path);
        return value == null ? "" : value.toString().trim();
    }

    private static String join(String separator, String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }
}
