package io.idbridge.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class PluginArchitectureRulesTest {
    @Test
    void codeThatUsesTheRuntimeBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(PluginPackagingContract.class);

        EvaluationResult result = PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.testkit.plugin")
                .evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("io.idbridge.runtime.plugin.PluginRuntime");
    }

    @Test
    void codeThatUsesOnlyTheSpiPassesTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(SpiOnlyConnector.class);

        EvaluationResult result = PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.testkit.plugin")
                .evaluate(classes);

        assertThat(result.hasViolation()).isFalse();
    }

    /** Stands for connector code: uses the SPI only. */
    static final class SpiOnlyConnector {
        io.idbridge.spi.config.Secret secret() {
            return new io.idbridge.spi.config.Secret("x");
        }
    }
}
