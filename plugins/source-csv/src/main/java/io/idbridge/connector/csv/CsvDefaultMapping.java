package io.idbridge.connector.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default mapping of the default columns to the person model. Person columns ({@code persons.csv}):
 * employee_id, first_name, nick_name, initials, prefix, last_name, partner_prefix, partner_last_name, convention,
 * email, phone, mobile, private_email, manager_id. Contract columns ({@code contracts.csv}): contract_id,
 * employee_id, start_date, end_date (ISO yyyy-MM-dd; empty = open), department_code, department_name, title_code,
 * title_name, cost_center_code, cost_center_name, employer_code, employer_name, type_code, type_description, fte,
 * hours_per_week, manager_id, location_code, location_name. Every CSV value is a string; blank cells are {@code ''}.
 */
final class CsvDefaultMapping {
    static final Map<String, String> MAPPING = build();

    private CsvDefaultMapping() {
    }

    private static Map<String, String> build() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("person.externalId", "source.employee_id");
        mapping.put("person.name.given", "source.first_name");
        mapping.put("person.name.nick", "source.nick_name != '' ? source.nick_name : source.first_name");
        mapping.put("person.name.familyPrefix", "source.prefix");
        mapping.put("person.name.family", "source.last_name");
        mapping.put("person.name.partnerFamilyPrefix", "source.partner_prefix");
        mapping.put("person.name.partnerFamily", "source.partner_last_name");
        // HelloID requires a convention; an export without one means the birth name only
        mapping.put("person.name.convention", "source.convention != '' ? source.convention : 'B'");
        mapping.put("person.name.initials", "source.initials");
        mapping.put("person.contact.business.email", "source.email");
        mapping.put("person.contact.business.phone", "source.phone");
        mapping.put("person.contact.business.mobile", "source.mobile");
        mapping.put("person.contact.personal.email", "source.private_email");
        mapping.put("person.manager", "source.manager_id");
        mapping.put("contract.externalId", "sourceContract.contract_id");
        mapping.put("contract.startDate", "sourceContract.start_date");
        mapping.put("contract.endDate", "sourceContract.end_date");
        mapping.put("contract.department.code", "sourceContract.department_code");
        mapping.put("contract.department.name", "sourceContract.department_name");
        mapping.put("contract.title.code", "sourceContract.title_code");
        mapping.put("contract.title.name", "sourceContract.title_name");
        mapping.put("contract.costCenter.code", "sourceContract.cost_center_code");
        mapping.put("contract.costCenter.name", "sourceContract.cost_center_name");
        mapping.put("contract.employer.code", "sourceContract.employer_code");
        mapping.put("contract.employer.name", "sourceContract.employer_name");
        mapping.put("contract.type.code", "sourceContract.type_code");
        mapping.put("contract.type.description", "sourceContract.type_description");
        mapping.put("contract.fte", "sourceContract.fte != '' ? double(sourceContract.fte) : 0.0");
        mapping.put("contract.hoursPerWeek",
                "sourceContract.hours_per_week != '' ? double(sourceContract.hours_per_week) : 0.0");
        mapping.put("contract.manager", "sourceContract.manager_id");
        mapping.put("contract.location.code", "sourceContract.location_code");
        mapping.put("contract.location.name", "sourceContract.location_name");
        return Collections.unmodifiableMap(mapping);
    }
}
