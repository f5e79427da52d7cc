package io.idbridge.connector.csv;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.idbridge.testkit.error.ErrorCodeRules;
import io.idbridge.testkit.plugin.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

class CsvArchitectureTest {
    @Test
    void connectorUsesOnlySpiAndToolkit() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.idbridge.connector.csv");

        PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.connector.csv").check(classes);
    }

    @Test
    void errorCodesAreNamedLikeTheirConstantsAndStayInTheirRange() {
        ErrorCodeRules.assertWellFormed(CsvErrorCode.class, 2000, 2999);
    }
}
