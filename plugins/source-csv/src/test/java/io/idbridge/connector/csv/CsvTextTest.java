package io.idbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    /** Every record as "line: values". */
    private static List<String> records(String text) {
        CsvText records = new CsvText(text, ';');
        List<String> read = new ArrayList<>();
        for (String[] values = records.next(4); values != null; values = records.next(4)) {
            read.add(records.recordLine() + ": " + List.of(values));
        }
        return read;
    }

    @Test
    void recordsEndAtAnyLineBreakAndEmptyLinesAreSkipped() {
        assertThat(records("a;b\r\nc;d\n\n\re;f\rg;h")).containsExactly("1: [a, b]", "2: [c, d]", "5: [e, f]",
                "6: [g, h]");
    }

    @Test
    void valuesAreTrimmedAndEmptyOnesKept() {
        assertThat(records(" a ;;  \n;x;\n")).containsExactly("1: [a, , ]", "2: [, x, ]");
    }

    @Test
    void quotedValuesHoldDelimitersLineBreaksAndDoubledQuotes() {
        assertThat(records("\"one; \"\"two\"\"\r\nthree\" ;\" x \"\nnext;\"\"\n")).containsExactly(
                "1: [one; \"two\"\r\nthree, x]", "3: [next, ]");
    }

    @Test
    void aQuoteInsideAPlainValueIsKept() {
        assertThat(records("5\" screen;b\n")).containsExactly("1: [5\" screen, b]");
    }

    @Test
    void anUnclosedQuoteNamesTheRecordsFirstLine() {
        CsvText records = new CsvText("a;b\nc;\"d\ne\n", ';');
        records.next(2);

        assertThatThrownBy(() -> records.next(2)).isInstanceOfSatisfying(CsvText.Malformed.class, error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.getMessage()).isEqualTo("a quoted field opened on line 2 is not closed before the end"
                    + " of the file");
        });
    }
}
