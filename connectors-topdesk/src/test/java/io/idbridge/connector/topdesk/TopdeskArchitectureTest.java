package io.idbridge.connector.topdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.idbridge.testkit.error.ErrorCodeRules;
import io.idbridge.testkit.plugin.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

class TopdeskArchitectureTest {
    @Test
    void connectorUsesOnlySpiAndToolkit() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.idbridge.connector.topdesk");

        PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.connector.topdesk").check(classes);
    }

    @Test
    void errorCodesAreNamedLikeTheirConstantsAndStayInTheirRange() {
        ErrorCodeRules.assertWellFormed(TopdeskErrorCode.class, 4000, 4999);
    }
}
