package io.idbridge.testkit.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ArchUnit rules plugin modules apply to their own classes, e.g.
 * {@code PluginArchitectureRules.connectorsUseOnlySpiAndToolkit("io.idbridge.connector.helloid").check(classes)}.
 */
public final class PluginArchitectureRules {
    private PluginArchitectureRules() {
    }

    /**
     * Classes under {@code basePackage} may use IdBridge code only from the SPI, the toolkit and their own package: never
     * the engine, the runtime or test code, which are not there (or not the same) when the plugin runs.
     */
    public static ArchRule connectorsUseOnlySpiAndToolkit(String basePackage) {
        DescribedPredicate<JavaClass> idBridgeInternals = new DescribedPredicate<>(
                "IdBridge classes outside io.idbridge.spi, io.idbridge.toolkit and " + basePackage) {
            @Override
            public boolean test(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return isUnder(name, "io.idbridge")
                        && !isUnder(name, "io.idbridge.spi")
                        && !isUnder(name, "io.idbridge.toolkit")
                        && !isUnder(name, basePackage);
            }
        };
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat(idBridgeInternals)
                .because("plugins see only the SPI and their own copy of the toolkit at run time");
    }

    private static boolean isUnder(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
