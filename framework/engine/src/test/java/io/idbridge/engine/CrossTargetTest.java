package io.idbridge.engine;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.config.AccountMapping;
import io.idbridge.engine.config.ActionThresholds;
import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.CorrelationSettings;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.Pacing;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RetryPolicy;
import io.idbridge.engine.fake.InMemoryTarget;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.engine.progress.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write-back target that reads another target's account data (AFAS UPN from the HelloID user name). */
class CrossTargetTest {
    @TempDir
    Path directory;

    @Test
    void writeBackUsesTheUserNameOfTheAccountCreatedFirstInTheSameRun() {
        try (EngineHarness harness = new EngineHarness(directory)) {
            InMemoryTarget hr = new InMemoryTarget();
            hr.existingAccount(Map.of("Medewerker", "1001", "Upn", ""));
            EngineConfig base = harness.config();
            TargetSettings writeBack = new TargetSettings("afas-writeback",
                    new CorrelationSettings(harness.e("person.externalId"), "Medewerker"), LifecyclePolicy.DEFAULT,
                    new AccountMapping(Map.of("Upn", harness.e("person.accounts.helloid.userName")), Map.of(),
                            Map.of(), Map.of(), List.of()),
                    Map.of(), ActionThresholds.NONE, Pacing.DEFAULT);
            List<TargetSettings> targets = new ArrayList<>(List.of(writeBack));
            targets.addAll(base.targets());
            List<BusinessRule> rules = new ArrayList<>(base.rules());
            rules.add(new BusinessRule("Write back", null, null, List.of(new EntitlementRef("afas-writeback", "account"))));
            EngineConfig config = new EngineConfig(base.sources(), base.primaryContract(), targets, rules);
            harness.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
            Engine engine = new Engine(config, Map.of("hr", harness.source),
                    Map.of("helloid", harness.target, "afas-writeback", hr), harness.store, harness.clock,
                    new Retrier(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(1)),
                            duration -> { }), EnforcementListener.NONE);

            Engine.SyncResult result = engine.sync(ProgressListener.NONE);

            PlannedAction helloIdCreate = result.plan().actions().stream()
                    .filter(action -> action.target().equals("helloid")).findFirst().orElseThrow();
            PlannedAction writeBackFirst = result.plan().actions().stream()
                    .filter(action -> action.target().equals("afas-writeback")).findFirst().orElseThrow();
            assertThat(writeBackFirst.sequence()).isGreaterThan(helloIdCreate.sequence());
            assertThat(writeBackFirst.dependsOn()).isNotNull();
            assertThat(result.run().failed()).isEmpty();
            assertThat(hr.accounts().values()).singleElement()
                    .satisfies(account -> assertThat(account).containsEntry("Upn", "piet.jansen@example.org"));
        }
    }
}
