package io.idbridge.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.idbridge.engine.config.Threshold;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.ProblemCollector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private final ProblemCollector problems = new ProblemCollector();

    private Map<String, Threshold> target(String hocon) {
        Config block = ConfigFactory.parseString(hocon);
        return Thresholds.block(block, TargetReader.ACTION_TYPES, Thresholds.TARGET_DEFAULTS, "idbridge.targets.x",
                problems);
    }

    @Test
    void aTargetWithoutThresholdsHoldsDisablesDeletesAndRevokesAtTenPercent() {
        assertThat(target("connector = helloid")).containsOnlyKeys("disable", "delete", "revoke")
                .allSatisfy((type, threshold) -> assertThat(threshold).hasToString("10%"));
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void writtenKeysReplaceTheirDefaultAndTheOthersKeepTheirs() {
        assertThat(target("thresholds { create = 100, disable = \"5%\" }"))
                .containsEntry("create", Threshold.parse("100"))
                .containsEntry("disable", Threshold.parse("5%"))
                .containsEntry("delete", Thresholds.SAFE_DEFAULT)
                .containsEntry("revoke", Thresholds.SAFE_DEFAULT);
    }

    @Test
    void onlyAnExplicitOffSwitchesAThresholdOff() {
        assertThat(target("thresholds { revoke = off }")).containsOnlyKeys("disable", "delete");
        assertThat(target("thresholds = off")).isEmpty();
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void aSourceWithoutThresholdsHoldsRemovalsAtTenPercent() {
        Map<String, Threshold> source = Thresholds.block(ConfigFactory.parseString("connector = csv"),
                java.util.Set.of("added", "removed", "blocked"), Thresholds.SOURCE_DEFAULTS, "idbridge.sources.hr",
                problems);

        assertThat(source).containsExactly(Map.entry("removed", Thresholds.SAFE_DEFAULT));
    }

    @Test
    void anythingElseThanABlockOrOffIsAProblem() {
        assertThat(target("thresholds = none")).isEmpty();
        assertThat(problems.problems()).extracting(ConfigProblem::render).singleElement().asString()
                .contains("idbridge.targets.x.thresholds", "must be a block { ... } or off, got 'none'");
    }
}
