package io.idbridge.testkit.fake;

import io.idbridge.spi.source.SourceConnector;
import io.idbridge.testkit.source.SourceConnectorContractTest;
import java.util.OptionalInt;

/** The source contract kit run against a correct paged in-memory source. */
class InMemorySourceConnectorContractTest extends SourceConnectorContractTest {
    private static final int PAGE_SIZE = 5;

    @Override
    protected SourceConnector createConnector() {
        return new InMemorySourceConnector(12, PAGE_SIZE);
    }

    @Override
    protected OptionalInt pageSize() {
        return OptionalInt.of(PAGE_SIZE);
    }

    @Override
    protected SourceConnector createConnectorWithPersons(int personCount) {
        return new InMemorySourceConnector(personCount, PAGE_SIZE);
    }
}
