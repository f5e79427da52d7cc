package io.idbridge.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.config.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening stores: which URLs are accepted, and that failures explain themselves without leaking a password. */
class StateStoresTest {
    @TempDir
    Path directory;

    @Test
    void unreachablePostgresIsReportedWithTheUrlAndWithoutThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/idbridge?user=engine&password=hunter2";

        Throwable failure = catchFailure(() -> StateStores.open(url));

        assertThat(failure).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/idbridge?user=engine&password=******")
                .hasMessageContaining("refused");
        assertThat(stackTraceOf(failure)).doesNotContain("hunter2");
    }

    @Test
    void explicitPasswordNeverAppearsInTheFailure() {
        Throwable failure = catchFailure(() ->
                StateStores.open("jdbc:postgresql://127.0.0.1:1/idbridge", "engine", new Secret("s3cret-pw")));

        assertThat(failure).isInstanceOf(StateStoreException.class).hasMessageContaining("127.0.0.1:1");
        assertThat(stackTraceOf(failure)).doesNotContain("s3cret-pw");
    }

    @Test
    void invalidPostgresUrlIsReportedMasked() {
        Throwable failure = catchFailure(() -> StateStores.open("jdbc:postgresql://[broken?password=hunter2"));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid PostgreSQL URL");
        assertThat(stackTraceOf(failure)).doesNotContain("hunter2");
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        assertThatThrownBy(() -> StateStores.open("jdbc:mysql://db/idbridge?password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/idbridge?password=******")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void inMemorySqliteIsRefused() {
        assertThatThrownBy(() -> StateStores.open("jdbc:sqlite::memory:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a database file");
    }

    @Test
    void sqliteDirectoryThatCannotBeCreatedIsReported() throws Exception {
        Path blocker = Files.writeString(directory.resolve("not-a-directory"), "x");
        String url = "jdbc:sqlite:" + blocker.resolve("idbridge.db");

        assertThatThrownBy(() -> StateStores.open(url))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("cannot create directory");
    }

    @Test
    void sqliteTakesNoCredentials() {
        assertThatThrownBy(() -> StateStores.open("jdbc:sqlite:" + directory.resolve("a.db"), "user", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user or password");
    }

    @Test
    void urlPasswordsAreMaskedInEveryForm() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://h/db?user=u&password=p%40ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=******&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:postgresql://u:p@ss@h/db")).doesNotContain("p@ss").contains("******");
        assertThat(JdbcUrls.masked("jdbc:postgresql://h/db?PASSWORD=x")).isEqualTo("jdbc:postgresql://h/db?PASSWORD=******");
    }

    @Test
    void passwordIsTakenOutOfTheUrlForTheDriver() {
        String url = "jdbc:postgresql://h/db?password=p%40ss&user=u";

        assertThat(JdbcUrls.password(url)).contains("p@ss");
        assertThat(JdbcUrls.withoutPassword(url)).isEqualTo("jdbc:postgresql://h/db?user=u");
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://h/db?user=u&password=x")).isEqualTo("jdbc:postgresql://h/db?user=u");
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://h/db?password=x")).isEqualTo("jdbc:postgresql://h/db");
    }

    private static Throwable catchFailure(Runnable opening) {
        try {
            opening.run();
        } catch (RuntimeException failure) {
            return failure;
        }
        throw new AssertionError("opening the store succeeded");
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
