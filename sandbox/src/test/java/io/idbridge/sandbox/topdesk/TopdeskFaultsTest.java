package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.FailurePoint;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopdeskFaultsTest extends TopdeskTestBase {
    @Test
    void injectedFailureIs503WithATopdeskErrorBody() {
        simulator.faults().failNext(1, FailurePoint.BEFORE_PROCESSING);

        Answer failed = client.post("/departments", "{\"name\":\"Sales\"}");
        Answer retried = client.post("/departments", "{\"name\":\"Sales\"}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.message()).contains("Service unavailable");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(simulator.departments()).hasSize(1);
    }

    @Test
    void failureAfterProcessingLeavesTheChangeInPlace() {
        simulator.faults().failNext(1, FailurePoint.AFTER_PROCESSING);

        Answer failed = client.post("/departments", "{\"name\":\"Sales\"}");
        Answer retried = client.post("/departments", "{\"name\":\"Sales\"}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(retried.status()).isEqualTo(400);
        assertThat(simulator.mutatingRequests()).hasSize(2);
    }

    @Test
    void requestsBeyondTheRateLimitGet429() {
        simulator.faults().rateLimit(3);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client.get("/branches").status());
        }

        assertThat(statuses).contains(429);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(3);
    }

    @Test
    void resetTurnsFaultsOffAndKeepsTheSeededLookups() {
        simulator.faults().failNext(5, FailurePoint.BEFORE_PROCESSING);
        simulator.failPersonsPage(1, Integer.MAX_VALUE);
        simulator.addDepartment("Sales");

        simulator.reset();

        assertThat(client.get("/persons").status()).isEqualTo(204);
        assertThat(simulator.departments()).isEmpty();
        assertThat(simulator.archivingReasons()).extracting(SimulatedLookup::name)
                .containsExactly(TopdeskSimulator.DEFAULT_ARCHIVING_REASON);
        assertThat(simulator.requestLog().size()).isEqualTo(1);
    }
}
