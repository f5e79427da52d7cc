package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The writable fields of a TOPdesk person (systems.md §4.4) and the reading of a POST or PATCH body into
 * {@link PersonChanges}. Property names are case-sensitive, as in TOPdesk's Java API; an unknown or read-only
 * property is a 400, so a connector that sends {@code branch_id} or {@code branch.name} finds out at once.
 */
final class PersonFields {
    static final List<String> TEXTS = List.of("surName", "firstName", "firstInitials", "prefixes", "birthName",
            "title", "gender", "phoneNumber", "mobileNumber", "fax", "email", "jobTitle", "employeeNumber",
            "networkLoginName", "mainframeLoginName", "tasLoginName");
    static final List<String> FLAGS = List.of("isManager", "showBranch", "showBudgetholder", "showDepartment",
            "showSubsidiaries", "showAllBranches", "authorizeAll", "authorizeDepartment", "authorizeBudgetHolder",
            "authorizeBranch", "authorizeSubsidiaryBranches", "hasAttention");
    static final List<String> REFERENCES = List.of("branch", "department", "budgetHolder", "manager");
    static final List<String> OPTIONAL_FIELD_SETS = List.of("optionalFields1", "optionalFields2");
    static final Set<String> READ_ONLY = Set.of("id", "status", "archived", "dynamicName", "creator", "creationDate",
            "modifier", "modificationDate");
    static final Set<String> GENDERS = Set.of("MALE", "FEMALE", "UNDEFINED");
    static final int MAX_FIRST_INITIALS = 10;

    private static final Pattern OPTIONAL_FIELD = Pattern.compile("(boolean|number|date|text|memo|searchlist)[1-5]");

    private PersonFields() {
    }

    static PersonChanges read(ObjectNode body) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, Map<String, Object>> optional = new LinkedHashMap<>();
        OPTIONAL_FIELD_SETS.forEach(set -> optional.put(set, new LinkedHashMap<>()));
        body.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (TEXTS.contains(name)) {
                texts.put(name, text(name, value));
            } else if (FLAGS.contains(name)) {
                flags.put(name, flag(name, value));
            } else if (REFERENCES.contains(name)) {
                references.put(name, reference(name, value));
            } else if (OPTIONAL_FIELD_SETS.contains(name)) {
                optional.get(name).putAll(optionalFields(name, value));
            } else if (READ_ONLY.contains(name)) {
                throw TopdeskApiException.badRequest("The field '" + name + "' is read-only");
            } else {
                throw TopdeskApiException.badRequest("Unknown field '" + name + "'");
            }
        });
        return new PersonChanges(texts, flags, references, optional.get("optionalFields1"),
                optional.get("optionalFields2"));
    }

    private static String text(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw TopdeskApiException.badRequest("The field '" + name + "' must be a string");
        }
        return value.asText();
    }

    private static boolean flag(String name, JsonNode value) {
        if (!value.isBoolean()) {
            throw TopdeskApiException.badRequest("The field '" + name + "' must be true or false");
        }
        return value.booleanValue();
    }

    /** {@code {"id": "..."}}; {@code null}, {@code {}} and an empty or null id clear the reference. */
    private static String reference(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw TopdeskApiException.badRequest("The field '" + name + "' must be an object like {\"id\": \"...\"}");
        }
        JsonNode id = value.get("id");
        if (id == null && value.size() > 0) {
            // The connector replaces branch.name by branch.id; a name alone means the lookup was skipped.
            throw TopdeskApiException.badRequest("The field '" + name + "' must be given by id, e.g. {\"id\": \"...\"}");
        }
        if (id == null || id.isNull() || id.asText().isEmpty()) {
            return null;
        }
        return id.asText();
    }

    private static Map<String, Object> optionalFields(String name, JsonNode value) {
        if (!value.isObject()) {
            throw TopdeskApiException.badRequest("The field '" + name + "' must be an object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> {
            if (!OPTIONAL_FIELD.matcher(field.getKey()).matches()) {
                throw TopdeskApiException.badRequest("Unknown field '" + name + "." + field.getKey() + "'");
            }
            fields.put(field.getKey(), TopdeskJson.plain(field.getValue()));
        });
        return fields;
    }
}
