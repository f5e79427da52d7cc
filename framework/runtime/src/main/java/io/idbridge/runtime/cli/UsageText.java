package io.idbridge.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The top-level usage ({@code idbridge}, {@code idbridge --help}), rendered by the build into the jar (see the
 * runtime pom) so that asking for it does not build picocli's model of every subcommand: reflecting over seventeen
 * commands was two thirds of the 0.37 s {@code --help} took. Printed without colours. {@code UsageTextTest} keeps the
 * rendering in the jar equal to a live one.
 */
final class UsageText {
    static final String RESOURCE = "usage.txt";

    private UsageText() {
    }

    /** Whether the arguments ask for nothing but the top-level usage. */
    static boolean asked(String[] arguments) {
        return arguments.length == 0
                || arguments.length == 1 && (arguments[0].equals("--help") || arguments[0].equals("-h"));
    }

    /** The usage as picocli renders it now. */
    static String render() {
        StringWriter text = new StringWriter();
        try (PrintWriter writer = new PrintWriter(text)) {
            new CommandLine(new IdBridgeCli()).usage(writer, CommandLine.Help.Ansi.OFF);
        }
        return text.toString();
    }

    /** The usage the build rendered; empty when running from classes the build did not render it for. */
    static Optional<String> rendered() {
        try (InputStream in = UsageText.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failure) {
            return Optional.empty();
        }
    }

    /** Writes the usage into the file named by the only argument: the build runs this after compiling. */
    public static void main(String[] arguments) throws IOException {
        Path file = Path.of(arguments[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }
}
