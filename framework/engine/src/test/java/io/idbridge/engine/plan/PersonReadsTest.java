package io.idbridge.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersonReadsTest {
    private final List<List<String>> reads = new ArrayList<>();
    private int everyoneReads;

    private Map<String, String> some(Collection<String> ids) {
        reads.add(List.copyOf(ids));
        // persons whose id ends in 0 hold nothing, so the store leaves them out
        return ids.stream().filter(id -> !id.endsWith("0")).collect(Collectors.toMap(id -> id, id -> "state of " + id));
    }

    private Map<String, String> everyone() {
        everyoneReads++;
        return Map.of("p1", "state of p1");
    }

    @Test
    void plannedPersonsAreReadAheadInChunksAndOthersOneByOne() {
        List<String> planned = IntStream.range(0, 1_200).mapToObj(index -> "p" + index).toList();
        PersonReads<String> states = new PersonReads<>(this::some, this::everyone, "none", planned, false);

        assertThat(states.of("p1")).isEqualTo("state of p1");
        assertThat(states.of("p10")).as("left out by the store").isEqualTo("none");
        assertThat(states.of("p499")).isEqualTo("state of p499");
        assertThat(states.of("p1")).isEqualTo("state of p1");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).hasSize(PersonReads.PERSONS_PER_READ).startsWith("p1").endsWith("p500");

        assertThat(states.of("p501")).isEqualTo("state of p501");
        assertThat(reads.get(1)).startsWith("p501").hasSize(PersonReads.PERSONS_PER_READ);
        assertThat(states.of("manager")).isEqualTo("state of manager");
        assertThat(reads.get(2)).containsExactly("manager");
        assertThat(states.of("manager")).isEqualTo("state of manager");
        assertThat(reads).hasSize(3);
        assertThat(everyoneReads).isZero();
    }

    @Test
    void aPlanOfManyPersonsReadsEveryoneOnce() {
        PersonReads<String> states = new PersonReads<>(this::some, this::everyone, "none", List.of("p1", "p2"), true);

        assertThat(states.of("p1")).isEqualTo("state of p1");
        assertThat(states.of("p2")).isEqualTo("none");
        assertThat(states.everyone()).containsOnlyKeys("p1");
        assertThat(everyoneReads).isEqualTo(1);
        assertThat(reads).isEmpty();
    }
}
