package io.idbridge.testkit.fake;

import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A source of generated persons read page by page, like a paged HR API, to prove the source kit. */
final class InMemorySourceConnector implements SourceConnector {
    private final int personCount;
    private final int pageSize;

    InMemorySourceConnector(int personCount, int pageSize) {
        this.personCount = personCount;
        this.pageSize = pageSize;
    }

    @Override
    public void test() {
        if (pageSize < 1) {
            throw new IllegalStateException("page size must be positive");
        }
    }

    @Override
    public Stream<SourcePerson> persons() {
        List<SourcePerson> persons = new ArrayList<>();
        for (int skip = 0; ; skip += pageSize) {
            List<SourcePerson> page = page(skip);
            persons.addAll(page);
            // The last page is the first one that is not full, as with take/skip APIs.
            if (page.size() < pageSize) {
                return persons.stream();
            }
        }
    }

    @Override
    public Stream<SourceDepartment> departments() {
        return Stream.of(new SourceDepartment("FIN", "Finance", null, "1"),
                new SourceDepartment("FIN-AP", "Accounts payable", "FIN", null));
    }

    @Override
    public void close() {
        // Nothing to release: the data is generated on demand.
    }

    private List<SourcePerson> page(int skip) {
        List<SourcePerson> page = new ArrayList<>();
        for (int number = skip + 1; number <= Math.min(skip + pageSize, personCount); number++) {
            page.add(new SourcePerson(String.valueOf(number), Map.of("name", "Person " + number),
                    List.of(new SourceContract(Map.of("department", "FIN"))), "generated person " + number));
        }
        return page;
    }
}
