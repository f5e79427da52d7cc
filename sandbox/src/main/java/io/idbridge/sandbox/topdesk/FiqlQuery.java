package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The FIQL subset TOPdesk's {@code query} parameter needs (systems.md §4.3): {@code ==}, {@code !=}, {@code =sw=}
 * (starts with) and {@code =in=} ({@code field=in=('a','b')}); {@code ,} is OR, {@code ;} is AND (AND binds tighter),
 * parentheses group. Values are single- or double-quoted, or bare up to the next {@code , ; ( )}; spaces around
 * operators are allowed ({@code employeeNumber != '*****'}). Comparisons ignore case (UNVERIFIED; TOPdesk's database
 * collation usually does) and {@code *} is a literal character, not a wildcard.
 *
 * @param <T> what the query filters
 */
final class FiqlQuery<T> {
    private final String text;
    private final Function<String, Function<T, String>> fields;
    private int position;

    private FiqlQuery(String text, Function<String, Function<T, String>> fields) {
        this.text = text;
        this.fields = fields;
    }

    /**
     * Parses a query.
     *
     * @param fields gives the value reader of a field name, or throws a 400 for a field that cannot be queried
     * @throws TopdeskApiException 400 for a malformed query
     */
    static <T> Predicate<T> parse(String text, Function<String, Function<T, String>> fields) {
        requireNonNull(text, "text is null");
        requireNonNull(fields, "fields is null");
        if (text.isBlank()) {
            return item -> true;
        }
        FiqlQuery<T> parser = new FiqlQuery<>(text, fields);
        Predicate<T> predicate = parser.or();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.position) + "'");
        }
        return predicate;
    }

    private Predicate<T> or() {
        Predicate<T> predicate = and();
        while (consume(',')) {
            predicate = predicate.or(and());
        }
        return predicate;
    }

    private Predicate<T> and() {
        Predicate<T> predicate = primary();
        while (consume(';')) {
            predicate = predicate.and(primary());
        }
        return predicate;
    }

    private Predicate<T> primary() {
        if (consume('(')) {
            Predicate<T> inner = or();
            expect(')');
            return inner;
        }
        return comparison();
    }

    private Predicate<T> comparison() {
        skipSpaces();
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                || text.charAt(position) == '.' || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position) {
            throw error("a field name expected at position " + start);
        }
        Function<T, String> field = fields.apply(text.substring(start, position));
        skipSpaces();
        String operator = operator();
        skipSpaces();
        if (operator.equals("=in=")) {
            List<String> values = list();
            return item -> values.stream().anyMatch(value -> value.equalsIgnoreCase(read(field, item)));
        }
        String value = value();
        return switch (operator) {
            case "==" -> item -> read(field, item).equalsIgnoreCase(value);
            case "!=" -> item -> !read(field, item).equalsIgnoreCase(value);
            case "=sw=" -> item -> read(field, item).toLowerCase(Locale.ROOT)
                    .startsWith(value.toLowerCase(Locale.ROOT));
            default -> throw error("the operator '" + operator + "' is not supported");
        };
    }

    private String operator() {
        if (text.startsWith("==", position) || text.startsWith("!=", position)) {
            position += 2;
            return text.substring(position - 2, position);
        }
        if (position < text.length() && text.charAt(position) == '=') {
            int end = text.indexOf('=', position + 1);
            if (end > position + 1) {
                String operator = text.substring(position, end + 1);
                position = end + 1;
                return operator;
            }
        }
        throw error("an operator expected at position " + position);
    }

    private List<String> list() {
        expect('(');
        List<String> values = new ArrayList<>();
        do {
            skipSpaces();
            values.add(value());
            skipSpaces();
        } while (consume(','));
        expect(')');
        return values;
    }

    private String value() {
        if (position < text.length() && (text.charAt(position) == '\'' || text.charAt(position) == '"')) {
            char quote = text.charAt(position);
            int end = text.indexOf(quote, position + 1);
            if (end < 0) {
                throw error("an unterminated quoted value at position " + position);
            }
            String value = text.substring(position + 1, end);
            position = end + 1;
            return value;
        }
        int start = position;
        while (position < text.length() && ",;()".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        return text.substring(start, position).trim();
    }

    private static <T> String read(Function<T, String> field, T item) {
        String value = field.apply(item);
        return value == null ? "" : value;
    }

    private boolean consume(char expected) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("'" + expected + "' expected at position " + position);
        }
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private TopdeskApiException error(String problem) {
        return TopdeskApiException.badRequest("The query '" + text + "' is invalid: " + problem);
    }
}
