package io.idbridge.engine.config;

/**
 * A limit given as a count ({@code 100}) or a percentage ({@code 10%}) of a base; crossed when the value reaches it.
 *
 * @param percentage whether {@code amount} is a percentage
 */
public record Threshold(double amount, boolean percentage) {
    public static Threshold parse(String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith("%")) {
            return new Threshold(Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).trim()), true);
        }
        return new Threshold(Double.parseDouble(trimmed), false);
    }

    /** Whether {@code count} reaches this threshold, percentages taken of {@code base} (a base of 0 never crosses). */
    public boolean crossedBy(long count, long base) {
        if (count == 0) {
            return false;
        }
        if (percentage) {
            return base > 0 && count * 100.0 / base >= amount;
        }
        return count >= amount;
    }

    @Override
    public String toString() {
        return percentage ? format(amount) + "%" : format(amount);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
