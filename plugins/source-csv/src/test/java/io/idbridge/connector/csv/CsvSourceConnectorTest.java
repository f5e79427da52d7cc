package io.idbridge.connector.csv;

import static io.idbridge.connector.csv.CsvTestSupport.connector;
import static io.idbridge.connector.csv.CsvTestSupport.departments;
import static io.idbridge.connector.csv.CsvTestSupport.persons;
import static io.idbridge.connector.csv.CsvTestSupport.write;
import static io.idbridge.connector.csv.CsvTestSupport.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceConnectorTest {
    @TempDir
    Path directory;

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "employee_id;first_name\n1001;Anna\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        Path file = writeBytes(directory, "persons.csv", content);

        List<SourcePerson> persons = persons(connector("persons-file", file.toString()));

        assertThat(persons).singleElement().satisfies(person -> {
            assertThat(person.externalId()).isEqualTo("1001");
            assertThat(person.fields()).containsOnlyKeys("employee_id", "first_name");
        });
    }

    @Test
    void semicolonDelimiterIsDetectedFromTheHeader() {
        Path file = write(directory, "persons.csv", "employee_id;first_name;last_name\n1001;Anna;Jansen, van\n");

        SourcePerson person = persons(connector("persons-file", file.toString())).get(0);

        assertThat(person.fields()).containsEntry("first_name", "Anna").containsEntry("last_name", "Jansen, van");
    }

    @Test
    void commaDelimiterIsDetectedFromTheHeader() {
        Path file = write(directory, "persons.csv", "employee_id,first_name,last_name\r\n1001,Anna,Jansen;Smit\r\n");

        SourcePerson person = persons(connector("persons-file", file.toString())).get(0);

        assertThat(person.fields()).containsEntry("first_name", "Anna").containsEntry("last_name", "Jansen;Smit");
    }

    @Test
    void configuredDelimiterOverridesDetection() {
        Path file = write(directory, "persons.csv", "employee_id|first_name;x\n1001|Anna;Bea\n");

        SourcePerson person = persons(connector("persons-file", file.toString(), "delimiter", "|")).get(0);

        assertThat(person.fields()).containsEntry("first_name;x", "Anna;Bea");
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterQuotesAndLineBreaks() {
        Path file = write(directory, "persons.csv", """
                employee_id;first_name;note
                1001;Anna;"one; two ""quoted""
                second line"
                1002;Bert;plain
                """);

        List<SourcePerson> persons = persons(connector("persons-file", file.toString()));

        assertThat(persons).extracting(SourcePerson::externalId, SourcePerson::recordLocation).containsExactly(
                tuple("1001", file + " line 2"), tuple("1002", file + " line 4"));
        assertThat(persons.get(0).fields()).containsEntry("note", "one; two \"quoted\"\nsecond line");
    }

    @Test
    void nonAsciiNamesAreReadAsWritten() {
        Path file = write(directory, "persons.csv", "employee_id;first_name;last_name\n1001;Ömer;Çelik\n1002;Zoë;"
                + "Brontë\n1003;Renée;’t Hooft\n");

        List<SourcePerson> persons = persons(connector("persons-file", file.toString()));

        assertThat(persons).extracting(person -> person.fields().get("first_name") + " " + person.fields()
                .get("last_name")).containsExactly("Ömer Çelik", "Zoë Brontë", "Renée ’t Hooft");
    }

    @Test
    void otherEncodingsAreDecodedWhenConfigured() {
        Path file = writeBytes(directory, "persons.csv", "employee_id;first_name\n1001;Zoë\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        SourcePerson person = persons(connector("persons-file", file.toString(), "encoding", "ISO-8859-1")).get(0);

        assertThat(person.fields()).containsEntry("first_name", "Zoë");
    }

    @Test
    void blankPersonIdGivesAPersonWithoutExternalIdInsteadOfDroppingTheRow() {
        Path persons = write(directory, "persons.csv", "employee_id;first_name\n1001;Anna\n  ;Bert\n1003;Cor\n");

        List<SourcePerson> read = persons(connector("persons-file", persons.toString()));

        assertThat(read).extracting(SourcePerson::externalId).containsExactly("1001", null, "1003");
        assertThat(read.get(1).recordLocation()).isEqualTo(persons + " line 3");
        assertThat(read.get(1).fields()).containsEntry("first_name", "Bert");
    }

    @Test
    void contractsAreAttachedToTheirPersonInFileOrder() {
        Path persons = write(directory, "persons.csv", "employee_id;first_name\n1001;Anna\n1002;Bert\n");
        Path contracts = write(directory, "contracts.csv", "contract_id;employee_id;department_code\n"
                + "C1;1002;ICT\nC2;1001;HRM\nC3;1002;FIN\n");

        List<SourcePerson> read = persons(connector("persons-file", persons.toString(), "contracts-file",
                contracts.toString()));

        assertThat(read).extracting(SourcePerson::externalId).containsExactly("1001", "1002");
        assertThat(contractIds(read.get(0))).containsExactly("C2");
        assertThat(contractIds(read.get(1))).containsExactly("C1", "C3");
        assertThat(read.get(1).contracts().get(0).fields()).containsEntry("department_code", "ICT");
    }

    @Test
    void contractsOfAnUnknownPersonBecomeAPersonWithoutPersonFields() {
        Path persons = write(directory, "persons.csv", "employee_id;first_name\n1001;Anna\n");
        Path contracts = write(directory, "contracts.csv", "contract_id;employee_id\nC1;1001\nC2;9999\nC3;9999\n"
                + "C4;\n");

        List<SourcePerson> read = persons(connector("persons-file", persons.toString(), "contracts-file",
                contracts.toString()));

        assertThat(read).extracting(SourcePerson::externalId).containsExactly("1001", "9999", null);
        SourcePerson orphan = read.get(1);
        assertThat(orphan.fields()).isEmpty();
        assertThat(contractIds(orphan)).containsExactly("C2", "C3");
        assertThat(orphan.recordLocation()).isEqualTo(contracts + " line 3: employee_id 9999 is not in " + persons);
        assertThat(read.get(2).recordLocation()).isEqualTo(contracts + " line 5: employee_id is blank");
        assertThat(contractIds(read.get(2))).containsExactly("C4");
    }

    @Test
    void withoutContractsFileEveryRowIsAContractGroupedByPerson() {
        Path file = write(directory, "employees.csv", """
                employee_id;first_name;contract_id
                1001;Anna;C1
                1002;Bert;C2
                1001;Anne;C3
                ;Nobody;C4
                ;Nobody else;C5
                """);

        List<SourcePerson> read = persons(connector("persons-file", file.toString()));

        assertThat(read).extracting(SourcePerson::externalId).containsExactly("1001", "1002", null, null);
        assertThat(read.get(0).fields()).containsEntry("first_name", "Anna");
        assertThat(contractIds(read.get(0))).containsExactly("C1", "C3");
        assertThat(read.get(0).contracts().get(1).fields()).containsEntry("first_name", "Anne");
        assertThat(read.get(3).recordLocation()).isEqualTo(file + " line 6");
    }

    @Test
    void configuredIdColumnsAreUsed() {
        Path persons = write(directory, "persons.csv", "Medewerker,Voornaam\nM1,Anna\n");
        Path contracts = write(directory, "contracts.csv", "Dienstverband,Werknemer\nD1,M1\n");

        List<SourcePerson> read = persons(connector("persons-file", persons.toString(), "contracts-file",
                contracts.toString(), "person-id-column", "Medewerker", "contract-person-column", "Werknemer"));

        assertThat(read).singleElement().satisfies(person -> {
            assertThat(person.externalId()).isEqualTo("M1");
            assertThat(person.contracts()).singleElement()
                    .satisfies(contract -> assertThat(contract.fields()).containsEntry("Dienstverband", "D1"));
        });
    }

    @Test
    void departmentsAreReadWithBlankParentAndManagerAsNull() {
        Path persons = write(directory, "persons.csv", "employee_id\n1001\n");
        Path departments = write(directory, "departments.csv", "code,name,parent_code,manager_id\n"
                + "ORG,Gemeente,,1001\nICT,\"Informatie, ICT\",ORG,\n");

        SourceConnector connector = connector("persons-file", persons.toString(), "departments-file",
                departments.toString());

        assertThat(departments(connector)).containsExactly(new SourceDepartment("ORG", "Gemeente", null, "1001"),
                new SourceDepartment("ICT", "Informatie, ICT", "ORG", null));
    }

    @Test
    void withoutDepartmentsFileThereAreNoDepartments() {
        Path persons = write(directory, "persons.csv", "employee_id\n1001\n");

        assertThat(departments(connector("persons-file", persons.toString()))).isEmpty();
    }

    @Test
    void twoReadsGiveIdenticalRecords() {
        Path persons = write(directory, "persons.csv", "employee_id;first_name\n1001;Anna\n;Bert\n");
        Path contracts = write(directory, "contracts.csv", "contract_id;employee_id\nC1;1001\nC2;7777\n");
        SourceConnector connector = connector("persons-file", persons.toString(), "contracts-file",
                contracts.toString());

        assertThat(persons(connector)).hasSize(3).isEqualTo(persons(connector));
    }

    @Test
    void headerOnlyFileHasNoPersons() {
        Path persons = write(directory, "persons.csv", "employee_id;first_name\n");

        assertThat(persons(connector("persons-file", persons.toString()))).isEmpty();
    }

    private static List<Object> contractIds(SourcePerson person) {
        return person.contracts().stream().map(SourceContract::fields).map(fields -> fields.get("contract_id"))
                .toList();
    }
}
