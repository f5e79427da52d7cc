package io.idbridge.connector.topdesk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default mapping of the TOPdesk source. The person is keyed by employee number, or by the TOPdesk id where
 * there is none (hired staff often have none). The one contract per person runs from {@code creationDate} to, for
 * an archived person, {@code modificationDate}; its type is {@code topdesk}, so rules can tell these persons from an
 * HR source's ({@code contract.type.code == 'topdesk'}).
 */
final class TopdeskDefaultMapping {
    static final Map<String, String> MAPPING = build();

    private TopdeskDefaultMapping() {
    }

    private static Map<String, String> build() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("person.externalId", "source.employeeNumber != '' ? source.employeeNumber : source.id");
        mapping.put("person.name.given", "source.firstName");
        mapping.put("person.name.nick", "source.firstName");
        mapping.put("person.name.initials", "source.firstInitials");
        mapping.put("person.name.familyPrefix", "source.prefixes");
        mapping.put("person.name.family", "source.surName");
        mapping.put("person.name.convention", "'B'");
        mapping.put("person.contact.business.email", "source.email");
        mapping.put("person.contact.business.phone", "source.phoneNumber");
        mapping.put("person.contact.business.mobile", "source.mobileNumber");
        mapping.put("person.userName", "source.networkLoginName");
        mapping.put("contract.externalId", "sourceContract.id");
        mapping.put("contract.startDate", "sourceContract.creationDate");
        mapping.put("contract.endDate", "sourceContract.archived ? sourceContract.modificationDate : ''");
        mapping.put("contract.department.code", "sourceContract.department_id");
        mapping.put("contract.department.name", "sourceContract.department_name");
        mapping.put("contract.title.name", "sourceContract.jobTitle");
        mapping.put("contract.location.code", "sourceContract.branch_id");
        mapping.put("contract.location.name", "sourceContract.branch_name");
        mapping.put("contract.costCenter.name", "sourceContract.budgetHolder_name");
        mapping.put("contract.type.code", "'topdesk'");
        mapping.put("contract.type.description", "'TOPdesk person'");
        return Collections.unmodifiableMap(mapping);
    }
}
