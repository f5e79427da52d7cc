package io.idbridge.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {
    @Test
    void resultsArriveInTheOrderTheItemsWereAddedThoughWorkedOnElsewhere() {
        List<Integer> results = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Thread owner = Thread.currentThread();
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(3, "test-work", item -> {
            threads.add(Thread.currentThread().getName());
            return item * 2;
        }, result -> {
            assertThat(Thread.currentThread()).isSameAs(owner);
            results.add(result);
        })) {
            IntStream.range(0, 5_000).forEach(work::add);
            work.finish();
        }
        assertThat(results).isEqualTo(IntStream.range(0, 5_000).map(item -> item * 2).boxed().toList());
        assertThat(threads).containsOnly("test-work");
    }

    @Test
    void withOneThreadEverythingRunsOnTheOwningThreadAtOnce() {
        List<String> results = new ArrayList<>();
        try (OrderedWork<String, String> work = new OrderedWork<>(1, "unused", item -> item
                + Thread.currentThread().getName(), results::add)) {
            work.add("a-");
            assertThat(results).containsExactly("a-" + Thread.currentThread().getName());
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownToTheOwnerAsItself() {
        IllegalArgumentException failure = new IllegalArgumentException("record 300 cannot be mapped");
        List<Integer> results = new ArrayList<>();
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(2, "test-work", item -> {
            if (item == 300) {
                throw failure;
            }
            return item;
        }, results::add)) {
            assertThatThrownBy(() -> {
                IntStream.range(0, 1_000).forEach(work::add);
                work.finish();
            }).isSameAs(failure);
        }
        assertThat(results).isEqualTo(IntStream.range(0, results.size()).boxed().toList()).hasSizeLessThan(300);
    }
}
