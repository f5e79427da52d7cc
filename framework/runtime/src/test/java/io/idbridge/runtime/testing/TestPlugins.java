package io.idbridge.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin zips for tests, in the layout of {@code plugins/src/assembly/plugin-zip.xml}: plugin.properties,
 * classes/ (compiled here from Java source, with META-INF/extensions.idx) and lib/.
 */
public final class TestPlugins {
    private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+);");
    private static final Pattern CLASS = Pattern.compile("public\\s+class\\s+(\\w+)");

    private final String pluginId;
    private final List<String> sources = new ArrayList<>();
    private final List<String> extensionClassNames = new ArrayList<>();
    private final List<Path> libraries = new ArrayList<>();

    private TestPlugins(String pluginId) {
        this.pluginId = pluginId;
    }

    public static TestPlugins plugin(String pluginId) {
        return new TestPlugins(pluginId);
    }

    /** A target connector factory extension named {@code connectorName} whose connector's test() runs {@code testBody}. */
    public TestPlugins target(String connectorName, String constructorBody, String testBody) {
        String className = "Target" + Math.abs(connectorName.hashCode()) + "Factory";
        return extension("""
                package test.%1$s;

                import io.idbridge.spi.ConnectorContext;
                import io.idbridge.spi.config.*;
                import io.idbridge.spi.error.*;
                import io.idbridge.spi.model.PermissionType;
                import io.idbridge.spi.target.*;
                import java.util.List;
import java.util.Locale;

                public class %2$s implements TargetConnectorFactory {
                    @jakarta.inject.Inject
                    public %2$s() { %3$s }
                    public String name() { return "%4$s"; }
                    public String description() { return "Test target %4$s."; }
                    public ConfigSpec configSpec() {
                        return ConfigSpec.builder()
                                .required("base-url", ConfigType.URL, "Where the target lives.")
                                .optional("api-key", ConfigType.SECRET, null, "The API key.")
                                .build();
                    }
                    public TargetConnector create(ConnectorContext context, ConnectorConfig config) {
                        return new TargetConnector() {
                            public void test() { %5$s }
                            public List<PermissionType> permissionTypes() { return List.of(); }
                            public void close() { }
                        };
                    }
                }
                """.formatted(javaIdentifier(pluginId), className, constructorBody, connectorName, testBody));
    }

    /** A source connector factory extension named {@code connectorName} with no keys. */
    public TestPlugins source(String connectorName) {
        String className = "Source" + Math.abs(connectorName.hashCode()) + "Factory";
        return extension("""
                package test.%1$s;

                import io.idbridge.spi.ConnectorContext;
                import io.idbridge.spi.config.*;
                import io.idbridge.spi.source.*;
                import java.util.Map;
                import java.util.stream.Stream;

                public class %2$s implements SourceConnectorFactory {
                    public String name() { return "%3$s"; }
                    public String description() { return "Test source %3$s."; }
                    public ConfigSpec configSpec() { return ConfigSpec.builder().build(); }
                    public Map<String, String> defaultMapping() { return Map.of(); }
                    public SourceConnector create(ConnectorContext context, ConnectorConfig config) {
                        return new SourceConnector() {
                            public void test() { }
                            public Stream<SourcePerson> persons() { return Stream.empty(); }
                            public Stream<SourceDepartment> departments() { return Stream.empty(); }
                            public void close() { }
                        };
                    }
                }
                """.formatted(javaIdentifier(pluginId), className, connectorName));
    }

    /** Any extension class, as full Java source with one public class. */
    public TestPlugins extension(String javaSource) {
        Matcher packageName = PACKAGE.matcher(javaSource);
        Matcher className = CLASS.matcher(javaSource);
        if (!packageName.find() || !className.find()) {
            throw new IllegalArgumentException("source needs a package and a public class");
        }
        sources.add(javaSource);
        extensionClassNames.add(packageName.group(1) + "." + className.group(1));
        return this;
    }

    /** A jar (or any file) to put in the plugin's lib/. */
    public TestPlugins library(Path jar) {
        libraries.add(jar);
        return this;
    }

    /** Compiles, then writes {@code <pluginId>.zip} into {@code directory}; returns its path. */
    public Path writeZip(Path directory) {
        try {
            Path work = Files.createTempDirectory("plugin-" + pluginId);
            Path classes = work.resolve("classes");
            compile(work.resolve("src"), classes);
            Path index = classes.resolve("META-INF/extensions.idx");
            Files.createDirectories(index.getParent());
            Files.write(index, extensionClassNames, StandardCharsets.UTF_8);
            Path zip = directory.resolve(pluginId + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                put(out, "plugin.properties", ("plugin.id=" + pluginId + "\nplugin.version=1.2.3\n"
                        + "plugin.provider=Tests\nplugin.description=Test plugin\n").getBytes(StandardCharsets.UTF_8));
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        put(out, "classes/" + classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
                for (Path library : libraries) {
                    put(out, "lib/" + library.getFileName(), Files.readAllBytes(library));
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file named like a plugin zip that is not a zip at all. */
    public static Path writeCorruptZip(Path directory, String fileName) {
        try {
            Path zip = directory.resolve(fileName);
            Files.writeString(zip, "PK this is not really a zip archive");
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Path sourceDirectory, Path classes) throws IOException {
        Files.createDirectories(classes);
        if (sources.isEmpty()) {
            return;
        }
        List<String> files = new ArrayList<>();
        for (int index = 0; index < sources.size(); index++) {
            Path file = sourceDirectory.resolve("Source" + index + "/" + CLASS.matcher(sources.get(index)).results()
                    .findFirst().orElseThrow().group(1) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, sources.get(index));
            files.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
        arguments.addAll(files);
        int result = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("test plugin " + pluginId + " does not compile");
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String javaIdentifier(String pluginId) {
        return pluginId.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
    }
}
