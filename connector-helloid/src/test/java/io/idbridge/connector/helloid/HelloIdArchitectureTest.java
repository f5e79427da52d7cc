package io.idbridge.connector.helloid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.idbridge.testkit.error.ErrorCodeRules;
import io.idbridge.testkit.plugin.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

class HelloIdArchitectureTest {
    @Test
    void connectorUsesOnlySpiAndToolkit() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.idbridge.connector.helloid");

        PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.connector.helloid").check(classes);
    }

    @Test
    void errorCodesAreNamedLikeTheirConstantsAndStayInTheirRange() {
        ErrorCodeRules.assertWellFormed(HelloIdErrorCode.class, 1000, 1999);
    }
}
