package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.model.Maps;
import java.util.List;
import java.util.Map;

/**
 * How account fields are computed from the person. Every map is sorted by field: they are evaluated in that order.
 *
 * @param fields account field (dotted, e.g. {@code userAttributes.department}) to expression; written on create and
 *     kept up to date by update
 * @param createOnly extra fields sent only on create (e.g. a password)
 * @param onEnable fields written when enabling
 * @param onDisable fields written when disabling
 * @param onDelete fields written just before deleting (e.g. clearing a write-back value); usually empty
 * @param uniqueFields fields whose value must be unique in the target, generated from candidates
 */
public record AccountMapping(Map<String, Expression> fields, Map<String, Expression> createOnly,
                             Map<String, Expression> onEnable, Map<String, Expression> onDisable,
                             Map<String, Expression> onDelete, List<UniqueField> uniqueFields) {
    public static final AccountMapping EMPTY = new AccountMapping(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    public AccountMapping {
        fields = Maps.sorted(fields);
        createOnly = Maps.sorted(createOnly);
        onEnable = Maps.sorted(onEnable);
        onDisable = Maps.sorted(onDisable);
        onDelete = Maps.sorted(onDelete);
        uniqueFields = List.copyOf(uniqueFields);
    }

    /** A mapping without delete fields. */
    public AccountMapping(Map<String, Expression> fields, Map<String, Expression> createOnly,
                          Map<String, Expression> onEnable, Map<String, Expression> onDisable,
                          List<UniqueField> uniqueFields) {
        this(fields, createOnly, onEnable, onDisable, Map.of(), uniqueFields);
    }
}
