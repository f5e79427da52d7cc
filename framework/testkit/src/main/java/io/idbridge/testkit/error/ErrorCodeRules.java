package io.idbridge.testkit.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.spi.error.ErrorCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a connector's error-code class: every {@code public static final ErrorCode} constant is named like its field
 * and numbered inside the connector's range, no number is used twice, and the class declares at least one code.
 */
public final class ErrorCodeRules {
    private ErrorCodeRules() {
    }

    /** The declared codes of {@code holder}, after checking them against {@code [first, last]}. */
    public static List<ErrorCode> assertWellFormed(Class<?> holder, int first, int last) {
        List<ErrorCode> codes = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (field.getType() != ErrorCode.class) {
                continue;
            }
            int modifiers = field.getModifiers();
            assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers))
                    .as("%s.%s is public static final", holder.getSimpleName(), field.getName()).isTrue();
            ErrorCode code = read(field);
            assertThat(code.name()).as("name of %s.%s", holder.getSimpleName(), field.getName())
                    .isEqualTo(field.getName());
            assertThat(code.code()).as("number of %s", code.name()).isBetween(first, last);
            assertThat(numbers.add(code.code())).as("number %d of %s is used once", code.code(), code.name()).isTrue();
            codes.add(code);
        }
        assertThat(codes).as("error codes declared by %s", holder.getSimpleName()).isNotEmpty();
        return codes;
    }

    private static ErrorCode read(Field field) {
        try {
            return (ErrorCode) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + field, e);
        }
    }
}
