package io.idbridge.spi.source;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads one source system. Instances are used by one thread at a time. Every read is a full read: two reads of an
 * unchanged source give identical records in the same order, with the same external ids.
 *
 * <p>A read that fails part-way must throw (a {@link io.idbridge.spi.error.ConnectorException}), never end early:
 * the engine treats a short read as persons leaving.
 */
public interface SourceConnector extends AutoCloseable {
    /**
     * Checks online that the source can be read with this configuration.
     *
     * @throws io.idbridge.spi.error.ConnectorException classified, e.g. {@code AUTHENTICATION} for a wrong token
     */
    void test();

    /**
     * Every person with contracts. The caller closes the stream. Not idempotent in cost (it reads the source), but
     * free of side effects.
     *
     * @throws io.idbridge.spi.error.ConnectorException from the stream's operations when reading fails
     */
    Stream<SourcePerson> persons();

    /** Every department; the caller closes the stream. Same error contract as {@link #persons()}. */
    Stream<SourceDepartment> departments();

    /**
     * Where records of one kind come from, in words an administrator recognises (a file path, a GetConnector or an
     * endpoint), for messages such as "source hr read no contracts from data/hr/contracts.csv". Offline.
     *
     * @return empty when the connector cannot say (the default)
     * @since 0.2.0
     */
    default Optional<String> origin(RecordKind kind) {
        return Optional.empty();
    }

    /** Releases connections; never throws. */
    @Override
    void close();
}
