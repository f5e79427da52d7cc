package io.idbridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The disk's commit rate right now: plain sqlite-jdbc (WAL, synchronous=FULL, as the store) doing one 300-byte insert
 * per commit. Enforcement journals each action in two commits, so half of this is its ceiling; printed next to every
 * result because other processes on the machine move it by 10×.
 */
final class DiskBaseline {
    private DiskBaseline() {
    }

    static double commitsPerSecond(int commits) throws Exception {
        Path directory = Files.createTempDirectory("idbridge-disk-");
        Path file = directory.resolve("baseline.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("CREATE TABLE rows (payload TEXT)");
            }
            connection.setAutoCommit(false);
            String payload = "x".repeat(300);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rows VALUES (?)")) {
                for (int index = 0; index < commits; index++) {
                    insert.setString(1, payload);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            return commits * 1e9 / (System.nanoTime() - started);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot measure the disk in " + directory, failure);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(directory.resolve("baseline.db" + suffix));
            }
            Files.delete(directory);
        }
    }
}
