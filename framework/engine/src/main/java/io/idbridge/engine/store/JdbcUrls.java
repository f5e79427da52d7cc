package io.idbridge.engine.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and masking the JDBC URLs the store accepts. */
final class JdbcUrls {
    static final String SQLITE_PREFIX = "jdbc:sqlite:";
    static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    private static final String MASK = "******";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)([^&;]*)");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?]*:)([^/@?]*)(@)");

    private JdbcUrls() {
    }

    /** The URL with any password (query parameter or user-info) replaced by a mask, fit for messages and logs. */
    static String masked(String jdbcUrl) {
        String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "$3");
    }

    /** The decoded value of the URL's {@code password} query parameter, if it has one. */
    static Optional<String> password(String jdbcUrl) {
        Matcher matcher = PASSWORD_PARAMETER.matcher(jdbcUrl);
        return matcher.find() ? Optional.of(URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The URL without its {@code password} query parameter, so that the driver never logs it. */
    static String withoutPassword(String jdbcUrl) {
        String stripped = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll(matched ->
                matched.group(1).startsWith("?") ? "?" : "");
        return stripped.replace("?&", "?").replaceAll("\\?$", "");
    }

    /**
     * The database file of a {@code jdbc:sqlite:} URL. In-memory databases are refused: each connection would see a
     * different empty database, and the state would vanish on exit.
     */
    static Path sqliteFile(String jdbcUrl) {
        String location = jdbcUrl.substring(SQLITE_PREFIX.length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isBlank() || location.equals(":memory:") || jdbcUrl.contains("mode=memory")) {
            throw new IllegalArgumentException("the state store needs a database file, e.g. jdbc:sqlite:data/idbridge.db");
        }
        try {
            return Path.of(location);
        } catch (InvalidPathException invalid) {
            throw new IllegalArgumentException("not a valid file path: " + location, invalid);
        }
    }
}
