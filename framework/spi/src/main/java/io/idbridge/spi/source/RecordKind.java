package io.idbridge.spi.source;

/** The kinds of record a source gives; the engine blocks an import in which a kind drops to none. */
public enum RecordKind {
    PERSONS,
    CONTRACTS,
    DEPARTMENTS
}
