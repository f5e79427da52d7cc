package io.idbridge.engine.expression;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name into a value fit for a user name: diacritics stripped ("Ömer Çelik" → "omercelik"), spaces and
 * characters other than letters, digits, '.', '-', '_' and '@' removed, lower case.
 */
public final class Normalizer {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ILLEGAL = Pattern.compile("[^a-z0-9._@-]");

    private Normalizer() {
    }

    public static String normalize(String text) {
        String ascii = asciiOnly(text);
        if (ascii != null) {
            return ascii;
        }
        String decomposed = java.text.Normalizer.normalize(text, Form.NFKD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                // letters that do not decompose into a base letter and a mark
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
        return ILLEGAL.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The same result for text of ASCII characters alone (which decompose into themselves), in one pass; null for any
     * other text. Most names are such text, and the decomposition and two regular expressions cost a user name more
     * than the rest of its expression.
     */
    private static String asciiOnly(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c >= 0x80) {
                return null;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '.' || lower == '_'
                    || lower == '@' || lower == '-') {
                kept.append(lower);
            }
        }
        return kept.toString();
    }
}
