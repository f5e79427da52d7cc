package io.idbridge.engine.snapshot;

import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.BlockedRecord;

/** Either a mapped person or the reason a record is blocked (exactly one is non-null). */
record MappingOutcome(Person person, BlockedRecord blocked) {
    static MappingOutcome mapped(Person person) {
        return new MappingOutcome(person, null);
    }

    static MappingOutcome blocked(BlockedRecord blocked) {
        return new MappingOutcome(null, blocked);
    }
}
