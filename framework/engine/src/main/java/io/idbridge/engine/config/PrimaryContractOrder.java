package io.idbridge.engine.config;

import java.util.List;

/**
 * The ordered criteria that choose the primary contract, e.g. {@code active desc}, {@code fte desc},
 * {@code startDate asc}. Each names a contract field path (plus the derived {@code active}) and a direction.
 */
public record PrimaryContractOrder(List<Criterion> criteria) {
    public static final PrimaryContractOrder DEFAULT = new PrimaryContractOrder(List.of(
            new Criterion("active", false), new Criterion("fte", false), new Criterion("startDate", true)));

    public PrimaryContractOrder {
        criteria = List.copyOf(criteria);
    }

    /** One criterion: a field and whether smaller values come first. */
    public record Criterion(String field, boolean ascending) {
        /** Parses {@code "<field> asc|desc"}; the direction defaults to asc. */
        public static Criterion parse(String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
                throw new IllegalArgumentException("expected '<field> asc' or '<field> desc', got '" + text + "'");
            }
            return new Criterion(parts[0], parts.length == 1 || parts[1].equalsIgnoreCase("asc"));
        }
    }
}
