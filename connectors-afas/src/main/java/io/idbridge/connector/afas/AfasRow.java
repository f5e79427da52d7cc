package io.idbridge.connector.afas;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One GetConnector row as a map: its values in the order AFAS sent the fields, next to the field names that all rows of
 * its page share, and any fields the caller puts that AFAS did not send, after them. A hash map per row (about 60 nodes
 * each) was most of a read's memory: a source read holds every contract until the Users rows arrive, and each young
 * collection copied them. Fields can be added and changed, not removed.
 */
final class AfasRow extends AbstractMap<String, Object> {
    /** The field names of rows, in the order AFAS sends them, and each one's position. */
    static final class Fields {
        private final String[] names;
        private final Map<String, Integer> positions;

        private Fields(String[] names, Map<String, Integer> positions) {
            this.names = names;
            this.positions = positions;
        }

        /** @throws IllegalArgumentException when a name repeats (a row that names a field twice) */
        static Fields of(List<String> names) {
            Map<String, Integer> positions = new HashMap<>(names.size() * 2);
            for (int index = 0; index < names.size(); index++) {
                if (positions.put(names.get(index), index) != null) {
                    throw new IllegalArgumentException("names the field " + names.get(index) + " twice");
                }
            }
            return new Fields(names.toArray(String[]::new), positions);
        }

        int size() {
            return names.length;
        }

        String name(int position) {
            return names[position];
        }
    }

    private final Fields fields;
    private final Object[] values;
    /** Fields put that are not among {@link #fields}, in the order they were put; null until the first. */
    private Map<String, Object> added;

    /** @param values one per field, in the fields' order; kept, not copied */
    AfasRow(Fields fields, Object[] values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(values.length + " values for " + fields.size() + " fields");
        }
        this.fields = fields;
        this.values = values;
    }

    /** The names of the fields AFAS sent, shared with the other rows of the page that sent the same. */
    Fields fields() {
        return fields;
    }

    @Override
    public int size() {
        return values.length + (added == null ? 0 : added.size());
    }

    @Override
    public boolean containsKey(Object name) {
        return fields.positions.containsKey(name) || added != null && added.containsKey(name);
    }

    @Override
    public Object get(Object name) {
        Integer position = fields.positions.get(name);
        if (position != null) {
            return values[position];
        }
        return added == null ? null : added.get(name);
    }

    @Override
    public Object put(String name, Object value) {
        Integer position = fields.positions.get(name);
        if (position != null) {
            Object previous = values[position];
            values[position] = value;
            return previous;
        }
        if (added == null) {
            added = new LinkedHashMap<>(4);
        }
        return added.put(name, value);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int index = 0; index < values.length; index++) {
            action.accept(fields.names[index], values[index]);
        }
        if (added != null) {
            added.forEach(action);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return AfasRow.this.size();
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<Entry<String, Object>> more = added == null ? null : added.entrySet().iterator();
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length || more != null && more.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next < values.length) {
                            int index = next++;
                            return new SimpleImmutableEntry<>(fields.names[index], values[index]);
                        }
                        if (more == null) {
                            throw new NoSuchElementException();
                        }
                        return new SimpleImmutableEntry<>(more.next());
                    }
                };
            }
        };
    }
}
