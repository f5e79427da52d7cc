package io.idbridge.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The SPI is what every plugin compiles against: JDK types and the PF4J marker only, so plugins stay free to choose. */
@AnalyzeClasses(packages = "io.idbridge.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {
    @ArchTest
    static final ArchRule spiDependsOnlyOnTheJdkAndPf4j = classes().that().resideInAPackage("io.idbridge.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pf4j..", "io.idbridge.spi..")
            .because("plugins compile against the SPI; any other type would leak into every plugin");
}
