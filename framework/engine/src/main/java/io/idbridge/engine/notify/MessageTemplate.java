package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text message with {@code {{dotted.path}}} placeholders, e.g. {@code {{person.displayName}}}. When the first
 * line of the template text is {@code Subject: ...}, it is the subject (placeholders allowed) and the body starts after
 * it (one blank line after it is skipped); otherwise the subject is {@code "IdBridge notification"}. A placeholder
 * whose value is absent renders as nothing. Lists render one item per line; other values as their text.
 *
 * @param origin where the template comes from (a file, a configuration line, or built-in), for log messages
 */
public record MessageTemplate(String subject, String body, String origin) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final String DEFAULT_SUBJECT = "IdBridge notification";

    public MessageTemplate {
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(origin, "origin is null");
    }

    /** Reads template text: an optional {@code Subject:} first line, then the body. */
    public static MessageTemplate parse(String text, String origin) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.regionMatches(true, 0, "Subject:", 0, "Subject:".length())) {
            return new MessageTemplate(DEFAULT_SUBJECT, normalized, origin);
        }
        int end = normalized.indexOf('\n');
        String subject = (end < 0 ? normalized : normalized.substring(0, end)).substring("Subject:".length()).trim();
        String body = end < 0 ? "" : normalized.substring(end + 1);
        if (body.startsWith("\n")) {
            body = body.substring(1);
        }
        return new MessageTemplate(subject, body, origin);
    }

    /** The names of every placeholder, in order of appearance (subject first). */
    public List<String> placeholders() {
        return PLACEHOLDER.matcher(subject + "\n" + body).results().map(match -> match.group(1)).toList();
    }

    /**
     * Fills the placeholders from {@code model} (nested maps, walked by the dotted path).
     *
     * @param missing told the name of each placeholder without a value (once per occurrence)
     * @return subject (on one line) and body
     */
    public Rendered render(Map<String, Object> model, Consumer<String> missing) {
        String renderedSubject = fill(subject, model, missing).replaceAll("[\\r\\n]+", " ").trim();
        return new Rendered(renderedSubject, fill(body, model, missing));
    }

    private static String fill(String text, Map<String, Object> model, Consumer<String> missing) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Object value = lookup(model, matcher.group(1));
            if (value == null) {
                missing.accept(matcher.group(1));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(format(value)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object lookup(Map<String, Object> model, String path) {
        Object current = model;
        for (String segment : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(segment);
        }
        return current;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return String.join("\n", items.stream().map(MessageTemplate::format).toList());
        }
        return value.toString();
    }

    /** A filled template. */
    public record Rendered(String subject, String body) {
    }
}
