package io.idbridge.engine.evaluate;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.PrimaryContractOrder;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Maps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;


/**
 * Chooses a person's primary contract by the configured criteria. As in HelloID, an active contract is preferred over
 * the determinant's pick when that pick is inactive; ties end on the contract id so the choice is stable.
 */
public final class PrimaryContractChooser {
    private final PrimaryContractOrder order;

    public PrimaryContractChooser(PrimaryContractOrder order) {
        this.order = requireNonNull(order, "order is null");
    }

    /** The primary contract, or null when there are none. */
    public Contract choose(List<Contract> contracts, LocalDate today) {
        Comparator<Contract> comparator = Comparator.comparing((Contract contract) -> !contract.activeOn(today));
        for (PrimaryContractOrder.Criterion criterion : order.criteria()) {
            Comparator<Contract> byField = (left, right) ->
                    compareValues(value(left, criterion.field(), today), value(right, criterion.field(), today));
            comparator = comparator.thenComparing(criterion.ascending() ? byField : byField.reversed());
        }
        comparator = comparator.thenComparing(Contract::externalId);
        return contracts.stream().min(comparator).orElse(null);
    }

    private static Object value(Contract contract, String field, LocalDate today) {
        return switch (field) {
            case "active" -> contract.activeOn(today);
            case "startDate" -> contract.startDate().toString();
            // an open end sorts after every date
            case "endDate" -> contract.endDate() == null ? "9999-12-31" : contract.endDate().toString();
            case "externalId" -> contract.externalId();
            default -> Maps.path(contract.fields(), field);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object left, Object right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : 1) : -1;
        }
        if (left instanceof Number leftNumber && right instanceof Number rightNumber) {
            return Double.compare(leftNumber.doubleValue(), rightNumber.doubleValue());
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return left.toString().compareTo(right.toString());
    }

}
