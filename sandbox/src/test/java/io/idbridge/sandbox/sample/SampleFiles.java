package io.idbridge.sandbox.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the sample's files back; they hold no quoted fields (a test checks that), so splitting on ';' is exact. */
final class SampleFiles {
    private SampleFiles() {
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> rows(Path file) {
        List<String> lines = lines(file);
        String[] header = lines.get(0).split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(";", -1);
            if (values.length != header.length) {
                throw new IllegalStateException(file + ": " + line + " has " + values.length + " fields");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int index = 0; index < header.length; index++) {
                row.put(header[index], values[index]);
            }
            rows.add(row);
        }
        return rows;
    }
}
