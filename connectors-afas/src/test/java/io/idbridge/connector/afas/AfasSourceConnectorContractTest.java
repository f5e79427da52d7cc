package io.idbridge.connector.afas;

import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.testkit.source.SourceConnectorContractTest;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The source contract over a generated organisation of 150 employees, read in pages of {@value #PAGE}. */
class AfasSourceConnectorContractTest extends SourceConnectorContractTest {
    private static final int PAGE = 25;
    private static AfasSimulator afas;

    @BeforeAll
    static void startSimulator() {
        afas = new AfasSimulator().start();
    }

    @AfterAll
    static void stopSimulator() {
        afas.close();
    }

    @Override
    protected SourceConnector createConnector() {
        afas.load(AfasOrganisation.generate(42, AfasTestSupport.TODAY, 150));
        return AfasTestSupport.source(afas.baseUrl(), Map.of(AfasSourceConfig.PAGE_SIZE, PAGE));
    }

    @Override
    protected OptionalInt pageSize() {
        return OptionalInt.of(PAGE);
    }

    @Override
    protected SourceConnector createConnectorWithPersons(int personCount) {
        afas.reset();
        afas.today(AfasTestSupport.TODAY);
        for (int index = 0; index < personCount; index++) {
            AfasTestSupport.employee(afas, String.valueOf(1000 + index), "Person " + index, null);
        }
        return AfasTestSupport.source(afas.baseUrl(), Map.of(AfasSourceConfig.PAGE_SIZE, PAGE));
    }
}
