package io.idbridge.engine.snapshot;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Department;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.BlockedRecord;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourcePerson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one source's raw records to persons with the source's compiled mapping, and enriches each contract's department
 * with its name, parent chain and manager. A record that cannot be mapped becomes a {@link BlockedRecord} with the
 * reason; it is never dropped.
 */
final class PersonMapper {
    private static final Set<String> NUMERIC_CONTRACT_FIELDS = Set.of("fte", "hoursPerWeek", "percentage", "sequence");

    private final SourceSettings source;
    private final Map<String, Department> departments;
    private final String today;

    PersonMapper(SourceSettings source, Map<String, Department> departments, LocalDate today) {
        this.source = requireNonNull(source, "source is null");
        this.departments = Map.copyOf(departments);
        this.today = today.toString();
    }

    MappingOutcome map(SourcePerson record) {
        try {
            return MappingOutcome.mapped(mapPerson(record));
        } catch (UnmappableRecordException | ExpressionException failure) {
            return MappingOutcome.blocked(new BlockedRecord(source.name(), record.recordLocation(),
                    blankToNull(record.externalId()), failure.getMessage()));
        }
    }

    private Person mapPerson(SourcePerson record) {
        Map<String, Object> sourceFields = Maps.forExpressions(record.fields());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("source", sourceFields);
        variables.put("sourceContract", Map.of());
        variables.put("today", today);
        Map<String, Object> fields = new LinkedHashMap<>();
        String externalId = record.externalId();
        for (Map.Entry<String, Expression> entry : source.personMapping().entrySet()) {
            Object value = entry.getValue().evaluate(variables);
            if (entry.getKey().equals("externalId")) {
                externalId = value == null ? null : value.toString();
            } else {
                Maps.put(fields, entry.getKey(), value);
            }
        }
        if (externalId == null || externalId.isBlank()) {
            throw new UnmappableRecordException("the record has no external id");
        }
        List<Contract> contracts = new ArrayList<>();
        Set<String> contractIds = new HashSet<>();
        for (SourceContract raw : record.contracts()) {
            Contract contract = mapContract(sourceFields, raw);
            if (!contractIds.add(contract.externalId())) {
                throw new UnmappableRecordException("contract " + contract.externalId() + " appears twice");
            }
            contracts.add(contract);
        }
        return new Person(externalId.trim(), fields, contracts, List.of(source.name()));
    }

    private Contract mapContract(Map<String, Object> sourceFields, SourceContract raw) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("source", sourceFields);
        variables.put("sourceContract", Maps.forExpressions(raw.fields()));
        variables.put("today", today);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> entry : source.contractMapping().entrySet()) {
            Object value = entry.getValue().evaluate(variables);
            Maps.put(fields, entry.getKey(), NUMERIC_CONTRACT_FIELDS.contains(entry.getKey()) ? number(entry.getKey(), value)
                    : value);
        }
        Object externalId = fields.remove("externalId");
        if (externalId == null || externalId.toString().isBlank()) {
            throw new UnmappableRecordException("a contract has no external id");
        }
        String id = externalId.toString().trim();
        LocalDate start = date(id, "startDate", fields.remove("startDate"));
        if (start == null) {
            throw new UnmappableRecordException("contract " + id + " has no start date");
        }
        LocalDate end = date(id, "endDate", fields.remove("endDate"));
        if (end != null && end.isBefore(start)) {
            throw new UnmappableRecordException("contract " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
        enrichDepartment(fields);
        return new Contract(id, start, end, fields);
    }

    private static LocalDate date(String contractId, String field, Object value) {
        try {
            return DateParser.parse(value).orElse(null);
        } catch (DateTimeParseException failure) {
            throw new UnmappableRecordException("contract " + contractId + " " + field + ": " + failure.getMessage());
        }
    }

    private static Double number(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return 0.0;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException failure) {
            throw new UnmappableRecordException("contract field " + field + ": '" + value + "' is not a number");
        }
    }

    @SuppressWarnings("unchecked")
    private void enrichDepartment(Map<String, Object> fields) {
        Object code = Maps.path(fields, "department.code");
        if (code == null || code.toString().isBlank()) {
            return;
        }
        Department department = departments.get(code.toString());
        if (department == null) {
            return;
        }
        Map<String, Object> target = (Map<String, Object>) fields.get("department");
        Object name = target.get("name");
        if (name == null || name.toString().isBlank()) {
            target.put("name", department.name());
        }
        target.put("manager", department.managerId() == null ? "" : department.managerId());
        List<String> parents = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(department.code()));
        Department current = department;
        while (current.parentCode() != null && seen.add(current.parentCode())) {
            parents.add(current.parentCode());
            current = departments.get(current.parentCode());
            if (current == null) {
                break;
            }
        }
        target.put("parents", parents);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A record that cannot become a person; its message is the blocked reason. */
    private static final class UnmappableRecordException extends RuntimeException {
        UnmappableRecordException(String message) {
            super(message);
        }
    }
}
