package io.idbridge.sandbox.afas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The UpdateConnectors {@code KnEmployee} (PUT) and {@code KnUser} (POST inserts, PUT updates), systems.md §3.4–3.5,
 * changing the Users rows they show up in. Like AFAS, a field set to the value it already has is refused with a 500
 * (the reason the reference connectors send changed fields only); the simulator applies that rule to every field
 * that is visible in a GetConnector, and not to {@code Nm} (shown as {@code DisplayName}), which the reference
 * connector sends on every enable and disable.
 */
final class AfasUpdates {
    /** KnPerson fields of KnEmployee and the Users_v2 column that shows each. */
    private static final Map<String, String> EMPLOYEE_FIELDS = Map.of("EmAd", "Email_werk", "EmailPortal",
            "Email_portal", "TeNr", "Telefoonnr_werk", "MbNr", "Mobielnr_werk");
    /** KnUser fields and the Users_v2 column that shows each. */
    private static final Map<String, String> USER_FIELDS = Map.of("Upn", "UPN", "EmAd", "Email_werk_gebruiker",
            "Site", "OutSite", "InSi", "InSite", "Awin", "Profit_Windows", "Acon", "Connector",
            "Abac", "Reservekopieen_via_commandline", "Acom", "Commandline");
    /** KnUser fields accepted without a column of their own. */
    private static final Set<String> USER_CONTROL_FIELDS = Set.of("MtCd", "Nm", "BcCo", "UsIdNew", "OcUs", "PoMa",
            "AcUs", "Pw");
    private static final Set<String> REQUIRED_ON_INSERT = Set.of("MtCd", "Nm", "Awin", "Acon", "Abac", "Acom", "Site",
            "InSi");

    private final AfasStore store;

    AfasUpdates(AfasStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** {@code PUT /connectors/KnEmployee}: {@code AfasEmployee/Element/@EmId} with one {@code KnPerson} object. */
    void updateEmployee(JsonNode body) {
        JsonNode element = body.path("AfasEmployee").path("Element");
        String employeeId = text(element.get("@EmId"));
        if (employeeId == null) {
            throw AfasApiException.rejected("AfasEmployee: @EmId ontbreekt.");
        }
        JsonNode objects = element.path("Objects");
        JsonNode person = (objects.isArray() ? objects.path(0) : objects).path("KnPerson").path("Element")
                .path("Fields");
        if (!person.isObject()) {
            throw AfasApiException.rejected("AfasEmployee " + employeeId + ": KnPerson/Element/Fields ontbreekt.");
        }
        synchronized (store) {
            Map<String, Object> row = store.employee(employeeId);
            if (row == null) {
                throw AfasApiException.rejected("Medewerker " + employeeId + " bestaat niet.");
            }
            JsonNode match = person.get("MatchPer");
            if (match == null || !"0".equals(match.asText())) {
                throw AfasApiException.rejected("KnPerson: MatchPer 0 (match op BcCo) is verplicht.");
            }
            if (!String.valueOf(row.get("Persoonsnummer")).equals(text(person.get("BcCo")))) {
                throw AfasApiException.rejected("KnPerson: BcCo '" + text(person.get("BcCo"))
                        + "' hoort niet bij medewerker " + employeeId + ".");
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            person.fields().forEachRemaining(field -> {
                if (field.getKey().equals("MatchPer") || field.getKey().equals("BcCo")) {
                    return;
                }
                String column = EMPLOYEE_FIELDS.get(field.getKey());
                if (column == null) {
                    throw AfasApiException.rejected("KnPerson: het veld '" + field.getKey() + "' is onbekend.");
                }
                changes.put(column, requireNewValue(row, column, field.getKey(), field.getValue()));
            });
            row.putAll(changes);
            store.changed(AfasFields.USERS);
        }
    }

    /** {@code POST /connectors/KnUser}: a new user for the employee whose Persoonsnummer is {@code BcCo}. */
    void insertUser(JsonNode body) {
        JsonNode element = body.path("KnUser").path("Element");
        String userId = text(element.get("@UsId"));
        JsonNode fields = element.path("Fields");
        if (userId == null || !fields.isObject()) {
            throw AfasApiException.rejected("KnUser: @UsId en Fields zijn verplicht.");
        }
        for (String required : REQUIRED_ON_INSERT) {
            if (!fields.has(required)) {
                throw AfasApiException.rejected("KnUser " + userId + ": het veld '" + required + "' is verplicht.");
            }
        }
        synchronized (store) {
            if (store.employeeByUserId(userId) != null) {
                throw AfasApiException.rejected("Gebruiker " + userId + " bestaat al.");
            }
            String personNumber = text(fields.get("BcCo"));
            Map<String, Object> row = personNumber == null ? null : store.employeeByPersonNumber(personNumber);
            if (row == null) {
                throw AfasApiException.rejected("KnUser " + userId + ": persoon '" + personNumber + "' bestaat niet.");
            }
            if (row.get("Gebruiker") != null && !row.get("Gebruiker").toString().isEmpty()) {
                throw AfasApiException.rejected("Persoon " + personNumber + " heeft al gebruiker "
                        + row.get("Gebruiker") + ".");
            }
            Map<String, Object> changes = userChanges(row, userId, fields, false);
            int mutation = mutationCode(userId, fields);
            changes.put("Gebruiker", userId);
            changes.put("Geblokkeerd", mutation == 0 || mutation == 2);
            row.putAll(changes);
            store.changed(AfasFields.USERS);
        }
    }

    /** {@code PUT /connectors/KnUser}: the mutation code says what happens (systems.md §3.5). */
    void updateUser(JsonNode body) {
        JsonNode element = body.path("KnUser").path("Element");
        String userId = text(element.get("@UsId"));
        JsonNode fields = element.path("Fields");
        if (userId == null || !fields.isObject()) {
            throw AfasApiException.rejected("KnUser: @UsId en Fields zijn verplicht.");
        }
        int mutation = mutationCode(userId, fields);
        synchronized (store) {
            Map<String, Object> row = store.employeeByUserId(userId);
            if (row == null) {
                throw AfasApiException.rejected("Gebruiker " + userId + " bestaat niet.");
            }
            Map<String, Object> changes = userChanges(row, userId, fields, true);
            switch (mutation) {
                case 0, 2 -> changes.put("Geblokkeerd", true);
                case 6 -> changes.put("Geblokkeerd", false);
                case 4 -> {
                    String newId = text(fields.get("UsIdNew"));
                    if (newId == null) {
                        throw AfasApiException.rejected("KnUser " + userId + ": MtCd 4 vraagt om UsIdNew.");
                    }
                    if (store.employeeByUserId(newId) != null) {
                        throw AfasApiException.rejected("Gebruiker " + newId + " bestaat al.");
                    }
                    changes.put("Gebruiker", newId);
                }
                default -> {
                    // 1 and 3 update the fields, 5 changes the password, which no GetConnector shows
                }
            }
            row.putAll(changes);
            store.changed(AfasFields.USERS);
        }
    }

    private static Map<String, Object> userChanges(Map<String, Object> row, String userId, JsonNode fields,
                                                   boolean update) {
        Map<String, Object> changes = new LinkedHashMap<>();
        fields.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (name.equals("Nm")) {
                // the user's name is what the Users GetConnector shows as DisplayName
                changes.put("DisplayName", value(field.getValue()));
                return;
            }
            if (USER_CONTROL_FIELDS.contains(name)) {
                if (update && name.equals("BcCo")) {
                    throw AfasApiException.rejected("KnUser " + userId + ": BcCo kan niet worden gewijzigd.");
                }
                return;
            }
            String column = USER_FIELDS.get(name);
            if (column == null) {
                throw AfasApiException.rejected("KnUser " + userId + ": het veld '" + name + "' is onbekend.");
            }
            changes.put(column, update ? requireNewValue(row, column, name, field.getValue()) : value(field.getValue()));
        });
        return changes;
    }

    private static int mutationCode(String userId, JsonNode fields) {
        JsonNode code = fields.get("MtCd");
        if (code == null || !code.canConvertToInt() && !code.asText().matches("[0-6]")) {
            throw AfasApiException.rejected("KnUser " + userId + ": MtCd (0-6) is verplicht.");
        }
        int mutation = code.asInt(-1);
        if (mutation < 0 || mutation > 6) {
            throw AfasApiException.rejected("KnUser " + userId + ": MtCd " + code.asText() + " is onbekend.");
        }
        return mutation;
    }

    /** The new value of a column; refused, as AFAS does, when it is the value the column already has. */
    private static Object requireNewValue(Map<String, Object> row, String column, String field, JsonNode node) {
        Object value = value(node);
        if (same(row.get(column), value)) {
            throw AfasApiException.rejected("Het veld '" + field + "' heeft al de waarde '"
                    + (value == null ? "" : value) + "'; er is niets gewijzigd.");
        }
        return value;
    }

    private static boolean same(Object current, Object value) {
        String left = current == null ? "" : current.toString();
        String right = value == null ? "" : value.toString();
        return left.equals(right);
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.asText();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
