package io.idbridge.runtime.config;

import com.typesafe.config.ConfigOrigin;

/** Formats where a HOCON value came from as {@code file:line}, the form editors and terminals make clickable. */
public final class Origins {
    private Origins() {
    }

    /** {@code file:line}, {@code file} when the line is unknown, or typesafe's description for non-file origins. */
    public static String describe(ConfigOrigin origin) {
        if (origin == null) {
            return "<unknown>";
        }
        String file = origin.filename();
        if (file == null) {
            return origin.description();
        }
        return origin.lineNumber() > 0 ? file + ":" + origin.lineNumber() : file;
    }
}
