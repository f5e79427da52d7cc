package io.idbridge.distribution;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A private copy of the built distribution (PF4J expands plugin zips next to them, so tests do not share one) and a
 * way to run its {@code bin/idbridge} as an administrator would, to completion or in the background.
 */
final class Installation {
    private final Path home;
    private int started;

    private Installation(Path home) {
        this.home = home;
    }

    /** Copies the distribution named by the system property {@code idbridge.distribution} into {@code directory}. */
    /** Ports free on loopback now, for the processes a test starts; all held open until each is known. */
    static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            for (int index = 0; index < count; index++) {
                sockets[index] = new ServerSocket(0);
                ports[index] = sockets[index].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }

    static Installation copyInto(Path directory) {
        Path built = Path.of(requireNonNull(System.getProperty("idbridge.distribution"),
                "system property idbridge.distribution is not set (run through failsafe)"));
        assertThat(built.resolve("bin/idbridge")).isExecutable();
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : files.toList()) {
                Path copy = directory.resolve(built.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot copy the distribution from " + built, failure);
        }
        return new Installation(directory);
    }

    /** Runs {@code bin/idbridge} with the arguments and waits (at most two minutes) for it to exit. */
    Result run(String... arguments) {
        Running running = start(arguments);
        try {
            assertThat(running.process().waitFor(2, TimeUnit.MINUTES)).as("idbridge %s finished", List.of(arguments))
                    .isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for idbridge", interrupted);
        }
        return new Result(running.process().exitValue(), running.output());
    }

    /** Starts {@code bin/idbridge} in the background; its output goes to a file, so it never blocks on a full pipe. */
    Running start(String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/idbridge").toString()));
        command.addAll(List.of(arguments));
        Path output = home.resolve("output-" + (++started) + ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new Running(process, output);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start " + command, failure);
        }
    }

    /** A finished command. */
    record Result(int exitCode, String output) {
    }

    /** A command running in the background. */
    record Running(Process process, Path outputFile) {
        String output() {
            try {
                return Files.readString(outputFile, StandardCharsets.UTF_8);
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read " + outputFile, failure);
            }
        }

        /** Polls {@code condition} every millisecond; false when the process ended first (or after two minutes). */
        boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                if (condition.getAsBoolean()) {
                    return true;
                }
                if (!process.isAlive()) {
                    return condition.getAsBoolean();
                }
                Thread.sleep(1);
            }
            return false;
        }

        /** SIGKILL (Process.destroyForcibly), as kill -9 would; waits until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("exit value of a killed process").isEqualTo(128 + 9);
        }
    }
}
