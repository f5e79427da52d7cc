package io.idbridge.runtime.cli;

import io.idbridge.engine.PersonExplanation;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.AuditEntry;
import io.idbridge.engine.store.GrantedPermission;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** "Why does Piet have this?": one person's contracts, what the rules grant and why, accounts, permissions, history. */
@Command(name = "person", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Show one person: contracts, which rules grant what through which contracts, "
        + "accounts and permissions per target, and every action taken.")
final class PersonCommand extends IdBridgeCommand {
    @Parameters(paramLabel = "ID", description = "The person's external id.")
    String personId;

    @Option(names = "--last", paramLabel = "N", description = "Show only the last N audit entries (default 20).")
    int last = 20;

    @Override
    int execute() {
        return withSession(false, session -> {
            PersonExplanation explanation = session.engine().explain(personId);
            if (explanation.person() == null && explanation.accounts().isEmpty() && explanation.audit().isEmpty()) {
                err().println("no person " + personId + " in the snapshot in force, and no account or history");
                return ExitCodes.PROBLEMS;
            }
            print(explanation, out());
            return ExitCodes.OK;
        });
    }

    private static String text(PersonExplanation explanation, String path) {
        Object value = Maps.path(explanation.person().fields(), path);
        return value == null ? "" : value.toString();
    }

    private void print(PersonExplanation explanation, PrintWriter out) {
        if (explanation.person() == null) {
            out.printf("Person %s is not in the snapshot in force (gone from the source).%n", personId);
        } else {
            out.printf("Person %s: %s (sources: %s)%n", personId, String.join(" ",
                    text(explanation, "name.nick"), text(explanation, "name.familyPrefix"),
                    text(explanation, "name.family")).replaceAll("\\s+", " ").trim(),
                    String.join(", ", explanation.person().sources()));
            out.println("Contracts:");
            for (Contract contract : explanation.person().contracts()) {
                out.printf("  %s %s .. %s department %s (%s) title %s%s%n", contract.externalId(),
                        contract.startDate(), contract.endDate() == null ? "open" : contract.endDate(),
                        contract.departmentCode(), Maps.path(contract.fields(), "department.name"),
                        Maps.path(contract.fields(), "title.name"),
                        contract == explanation.primaryContract() ? "  (primary)" : "");
            }
            out.println("Granted by the rules:");
            if (explanation.entitlements().contractsInConditions().isEmpty()) {
                out.println("  nothing: no rule's conditions hold for any contract");
            }
            explanation.entitlements().contractsInConditions().forEach((EntitlementRef entitlement,
                                                                           List<Contract> contracts) ->
                    out.printf("  %s by rule %s through contract %s%n", entitlement,
                            String.join(", ", explanation.entitlements().rules(entitlement)),
                            String.join(", ", contracts.stream().map(Contract::externalId).toList())));
        }
        out.println("Accounts:");
        if (explanation.accounts().isEmpty()) {
            out.println("  none");
        }
        for (AccountState account : explanation.accounts()) {
            out.printf("  %s: %s, %s%s, since %s%n", account.target(),
                    account.refJson() == null ? "no reference" : "reference " + Json.readRef(account.refJson()).id(),
                    account.lifecycle().name().toLowerCase(java.util.Locale.ROOT),
                    account.disabledOn() == null ? "" : " on " + account.disabledOn(), account.updatedAt());
        }
        out.println("Permissions held:");
        if (explanation.permissions().isEmpty()) {
            out.println("  none");
        }
        for (GrantedPermission permission : explanation.permissions()) {
            out.printf("  %s %s '%s' since %s%n", permission.target(), permission.type(), permission.name(),
                    permission.grantedAt());
        }
        List<AuditEntry> audit = explanation.audit();
        out.printf("History (%d entries%s):%n", audit.size(), audit.size() > last ? ", the last " + last : "");
        audit.stream().skip(Math.max(0, audit.size() - last)).forEach(entry -> Reports.printAudit(entry, out));
    }
}
