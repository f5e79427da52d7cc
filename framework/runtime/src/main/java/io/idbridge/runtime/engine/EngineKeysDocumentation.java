package io.idbridge.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The generated reference's text for the engine's own keys. */
final class EngineKeysDocumentation {
    static final Map<String, String> DOCUMENTATION = documentation();

    private EngineKeysDocumentation() {
    }

    private static Map<String, String> documentation() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("primary-contract", "List of \"<contract field> asc|desc\" choosing each person's primary contract; "
                + "an active contract always wins. Default [\"active desc\", \"fte desc\", \"startDate asc\"].");
        docs.put("aggregate-on", "The person field on which records of several sources merge into one person "
                + "(e.g. \"contact.business.email\"); default externalId. The first source's external id and fields win.");
        docs.put("rules", "Business rules: [{ name, when = \"<CEL per contract>\", person-when = \"<CEL>\", "
                + "grant = [ <target>.account, <target>.<permission> ] }]. A contract for which when holds is in "
                + "conditions; timing and dynamic permissions follow the contracts in conditions.");
        docs.put("sources.*.mapping", "Overrides of the connector's default mapping: person.<path> = \"<CEL over "
                + "source>\", contract.<path> = \"<CEL over source and sourceContract>\". Required: person.externalId, "
                + "contract.externalId, contract.startDate (yyyy-MM-dd).");
        docs.put("sources.*.thresholds", "{ added, removed, blocked }: a count (500), a percentage (\"10%\") of "
                + "the snapshot in force, or off; reaching one blocks the whole import. removed counts persons gone from "
                + "the source and persons whose every contract disappeared. A key not written keeps its "
                + "safe default (removed = 10%); thresholds = off switches them all off. An empty read (persons, "
                + "contracts or departments dropping to none) always blocks, whatever the thresholds.");
        docs.put("targets.*.correlation", "{ person = \"<CEL>\", account = \"<account field>\" }: before creating, "
                + "link an existing account whose field equals the person's value.");
        docs.put("targets.*.lifecycle", "{ create-days-before-start (0), enable-days-before-start (0), "
                + "disable-days-after-end (0, the grace period), delete-days-after-disable (unset = never) }.");
        docs.put("targets.*.account", "Account fields: <field> = \"<CEL over person>\" (dotted fields nest, e.g. "
                + "userAttributes.department); a unique field is { unique = true, candidates = [\"<CEL>\", ...], "
                + "max-iterations = 50 } and candidates may use iteration.");
        docs.put("targets.*.account-on", "{ create { ... }, enable { ... }, disable { ... }, delete { ... } }: fields "
                + "written only by that action (delete's just before deleting, e.g. to clear a write-back value).");
        docs.put("targets.*.permissions", "<name> = { group = \"All staff\" } | { product = \"Laptop\" } | "
                + "{ dynamic = \"'department_' + contract.department.code\", type = group, create-missing = true }.");
        docs.put("targets.*.thresholds", "Per action type (create, update, enable, disable, delete, grant, revoke): "
                + "a count, a percentage (of the target's accounts; of its permissions for grant and revoke) or off; "
                + "reaching it holds that type for approval while the others run. A key not written keeps its safe "
                + "default (disable, delete and revoke = 10%); thresholds = off switches them all off, and validate "
                + "warns about a target left without any.");
        docs.put("targets.*.pacing", "{ in-flight = 4, action-timeout = 30s }: actions at once and the time one "
                + "attempt may take.");
        return docs;
    }
}
