package io.idbridge.engine.snapshot;

import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.model.Department;
import io.idbridge.engine.model.Sha256;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourcePerson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Digests of source records together with everything their mapping depends on: the source, its mapping expressions,
 * its departments (contracts are enriched from them) and, when an expression reads it, the day. Two records with the
 * same digest map to the same person, so an import reuses the person stored for an unchanged record instead of
 * mapping and encoding it again: that was most of an import in which little changed. The digest follows the record's
 * field order, so a reordered record only costs a new mapping.
 */
final class SourceRecordHash {
    /** Raise when mapping itself changes, so that persons stored by an older engine are mapped again. */
    private static final String MAPPING_VERSION = "2";

    private static final char NULL = '\uFFFF';
    private static final char LARGE = '\uFFFE';

    private final byte[] context;

    SourceRecordHash(SourceSettings source, Map<String, Department> departments, LocalDate today) {
        MessageDigest digest = Sha256.newDigest();
        update(digest, MAPPING_VERSION);
        update(digest, source.name());
        boolean readsToday = false;
        for (Map<String, Expression> mapping : List.of(source.personMapping(), source.contractMapping())) {
            update(digest, "mapping");
            for (Map.Entry<String, Expression> entry : mapping.entrySet()) {
                update(digest, entry.getKey());
                update(digest, entry.getValue().text());
                readsToday |= entry.getValue().text().contains("today");
            }
        }
        update(digest, readsToday ? today.toString() : "");
        new TreeMap<>(departments).values().forEach(department -> {
            update(digest, department.code());
            update(digest, department.name());
            update(digest, department.parentCode());
            update(digest, department.managerId());
        });
        this.context = digest.digest();
    }

    String of(SourcePerson record) {
        // one text digested at once: a digest update per field was a third of an unchanged import
        StringBuilder text = new StringBuilder(1024);
        append(text, record.externalId());
        value(text, record.fields());
        for (SourceContract contract : record.contracts()) {
            text.append('c');
            value(text, contract.fields());
        }
        return Sha256.hex(context, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a value with its type, so that "1" and 1, or a list and its text, never digest alike. */
    private static void value(StringBuilder text, Object value) {
        if (value instanceof String string) {
            text.append('s');
            append(text, string);
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            count(text, map.size());
            map.forEach((key, item) -> {
                append(text, String.valueOf(key));
                value(text, item);
            });
        } else if (value instanceof List<?> list) {
            text.append('[');
            count(text, list.size());
            list.forEach(item -> value(text, item));
        } else if (value == null) {
            text.append('n');
        } else {
            append(text, value.getClass().getName());
            append(text, value.toString());
        }
    }

    /** Length-prefixed, so that no two sequences of texts read alike; null differs from "". */
    private static void append(StringBuilder text, String value) {
        if (value == null) {
            text.append(NULL);
        } else {
            count(text, value.length());
            text.append(value);
        }
    }

    /**
     * A count as one character where it can be one (writing it in digits was a tenth of an unchanged import), in
     * digits after a marker where it is too large or would be a surrogate, which UTF-8 cannot encode alone.
     */
    private static void count(StringBuilder text, int count) {
        if (count < Character.MIN_SURROGATE) {
            text.append((char) count);
        } else {
            text.append(LARGE).append(count).append(':');
        }
    }

    private static void update(MessageDigest digest, String text) {
        StringBuilder framed = new StringBuilder();
        append(framed, text);
        digest.update(framed.toString().getBytes(StandardCharsets.UTF_8));
    }
}
