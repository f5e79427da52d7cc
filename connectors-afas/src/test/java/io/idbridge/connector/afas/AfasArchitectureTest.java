package io.idbridge.connector.afas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.idbridge.testkit.error.ErrorCodeRules;
import io.idbridge.testkit.plugin.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

class AfasArchitectureTest {
    @Test
    void connectorUsesOnlySpiAndToolkit() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.idbridge.connector.afas");

        PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.connector.afas").check(classes);
    }

    @Test
    void errorCodesAreNamedLikeTheirConstantsAndStayInTheirRange() {
        ErrorCodeRules.assertWellFormed(AfasErrorCode.class, 3000, 3999);
    }
}
