package io.idbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CsvDefaultMappingTest {
    private static final Set<String> PERSON_COLUMNS = Set.of("employee_id", "first_name", "nick_name", "initials",
            "prefix", "last_name", "partner_prefix", "partner_last_name", "convention", "email", "phone", "mobile",
            "private_email", "manager_id");
    private static final Set<String> CONTRACT_COLUMNS = Set.of("contract_id", "employee_id", "start_date",
            "end_date", "department_code", "department_name", "title_code", "title_name", "cost_center_code",
            "cost_center_name", "employer_code", "employer_name", "type_code", "type_description", "fte",
            "hours_per_week", "manager_id", "location_code", "location_name");
    private static final Pattern REFERENCE = Pattern.compile("\\b(source|sourceContract)\\.([a-z_]+)");

    private final Map<String, String> mapping = new CsvSourceConnectorFactory().defaultMapping();

    @Test
    void everyPersonModelPathIsMapped() {
        assertThat(mapping).containsOnlyKeys(List.of("person.externalId", "person.name.given", "person.name.nick",
                "person.name.familyPrefix", "person.name.family", "person.name.partnerFamilyPrefix",
                "person.name.partnerFamily", "person.name.convention", "person.name.initials",
                "person.contact.business.email", "person.contact.business.phone", "person.contact.business.mobile",
                "person.contact.personal.email", "person.manager", "contract.externalId", "contract.startDate",
                "contract.endDate", "contract.department.code", "contract.department.name", "contract.title.code",
                "contract.title.name", "contract.costCenter.code", "contract.costCenter.name",
                "contract.employer.code", "contract.employer.name", "contract.type.code",
                "contract.type.description", "contract.fte", "contract.hoursPerWeek", "contract.manager",
                "contract.location.code", "contract.location.name"));
    }

    @Test
    void expressionsReadOnlyDefaultColumnsOfTheRightFile() {
        mapping.forEach((path, expression) -> {
            Matcher references = REFERENCE.matcher(expression);
            assertThat(references.find()).as(expression).isTrue();
            do {
                boolean contractColumn = references.group(1).equals("sourceContract");
                assertThat(contractColumn).as(path + " reads contracts only for contract paths")
                        .isEqualTo(path.startsWith("contract."));
                assertThat(contractColumn ? CONTRACT_COLUMNS : PERSON_COLUMNS).as(expression)
                        .contains(references.group(2));
            } while (references.find());
        });
    }

    @Test
    void nickNameFallsBackToTheFirstName() {
        assertThat(mapping).containsEntry("person.name.nick",
                "source.nick_name != '' ? source.nick_name : source.first_name");
    }
}
