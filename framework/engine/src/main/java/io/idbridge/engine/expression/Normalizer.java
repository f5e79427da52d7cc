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
        String decomposed = java.text.Normalizer.normalize(text, Form.NFKD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                // letters that do not decompose into a base letter and a mark
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
        return ILLEGAL.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
