package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One data row of a CSV file: its values in header order, next to the header all rows of the file share. A map per row
 * (a hash node per cell) was a fifth of an import in which nothing changed; a row keeps an array instead, and its
 * {@link #fields()} are a read-only map view of it.
 */
final class CsvRow {
    /** The columns of one file: names in header order and each name's position. */
    record Header(List<String> names, Map<String, Integer> positions) {
        static Header of(List<String> names) {
            Map<String, Integer> positions = new java.util.HashMap<>();
            for (int index = 0; index < names.size(); index++) {
                positions.put(names.get(index), index);
            }
            return new Header(List.copyOf(names), Map.copyOf(positions));
        }
    }

    private final String file;
    private final int line;
    private final Header header;
    private final String[] values;

    /** @param values trimmed, in header order; blank cells are empty strings, never null */
    CsvRow(String file, int line, Header header, String[] values) {
        this.file = requireNonNull(file, "file is null");
        this.line = line;
        this.header = requireNonNull(header, "header is null");
        this.values = requireNonNull(values, "values is null");
        if (values.length != header.names().size()) {
            throw new IllegalArgumentException(location() + ": " + values.length + " values for "
                    + header.names().size() + " columns");
        }
    }

    /** Where the row starts, e.g. {@code persons.csv line 12}. */
    String location() {
        return file + " line " + line;
    }

    /** The value of a column the header is known to have. */
    String value(String column) {
        Integer position = header.positions().get(column);
        if (position == null) {
            throw new IllegalArgumentException(location() + " has no column " + column);
        }
        return values[position];
    }

    /** The raw fields handed to the engine: every column, as strings, in header order; read-only, not a copy. */
    Map<String, Object> fields() {
        return new Fields();
    }

    private final class Fields extends AbstractMap<String, Object> {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return header.positions().containsKey(key);
        }

        @Override
        public Object get(Object key) {
            Integer position = header.positions().get(key);
            return position == null ? null : values[position];
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            for (int index = 0; index < values.length; index++) {
                action.accept(header.names().get(index), values[index]);
            }
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(header.names().get(index), values[index]);
                        }
                    };
                }
            };
        }
    }
}
