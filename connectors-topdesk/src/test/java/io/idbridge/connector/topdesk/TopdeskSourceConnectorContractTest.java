package io.idbridge.connector.topdesk;

import io.idbridge.sandbox.topdesk.SimulatedBranch;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.testkit.source.SourceConnectorContractTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The source contract over 120 TOPdesk persons in three departments, read in pages of {@value #PAGE}. */
class TopdeskSourceConnectorContractTest extends SourceConnectorContractTest {
    private static final int PAGE = 25;
    private static TopdeskSimulator topdesk;

    @BeforeAll
    static void startSimulator() {
        topdesk = new TopdeskSimulator().start();
    }

    @AfterAll
    static void stopSimulator() {
        topdesk.close();
    }

    @Override
    protected SourceConnector createConnector() {
        seed(120);
        return TopdeskTestSupport.source(topdesk.baseUrl(), Map.of(TopdeskSourceConfig.PAGE_SIZE, PAGE));
    }

    @Override
    protected OptionalInt pageSize() {
        return OptionalInt.of(PAGE);
    }

    @Override
    protected SourceConnector createConnectorWithPersons(int personCount) {
        seed(personCount);
        return TopdeskTestSupport.source(topdesk.baseUrl(), Map.of(TopdeskSourceConfig.PAGE_SIZE, PAGE));
    }

    private static void seed(int persons) {
        topdesk.reset();
        SimulatedBranch branch = topdesk.addBranch("Inhuur");
        String[] departments = {topdesk.addDepartment("ICT").id(), topdesk.addDepartment("Facilitair").id(),
                topdesk.addDepartment("Zorg").id()};
        for (int index = 0; index < persons; index++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("employeeNumber", "X" + (5000 + index));
            fields.put("firstName", "Extern" + index);
            fields.put("surName", "Müller-Đorđević");
            fields.put("email", "extern" + index + "@example.com");
            fields.put("branch", Map.of("id", branch.id()));
            fields.put("department", Map.of("id", departments[index % departments.length]));
            topdesk.addPerson(fields, index % 10 == 9);
        }
    }
}
