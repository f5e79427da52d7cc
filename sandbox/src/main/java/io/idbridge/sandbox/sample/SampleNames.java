package io.idbridge.sandbox.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Dutch (and Dutch-resident) names for the sample organisation. */
public final class SampleNames {
    /** A first name and the nick name used with it; an empty nick name means the first name is used. */
    public record GivenName(String first, String nick) {
    }

    /** A family name with its prefix (tussenvoegsel), empty when there is none. */
    public record FamilyName(String prefix, String name) {
    }

    public static final List<GivenName> GIVEN_NAMES = List.of(
            given("Johannes", "Jan"), given("Cornelis", "Kees"), given("Hendrik", "Henk"), given("Jacobus", "Koos"),
            given("Wilhelmina", "Willy"), given("Petronella", "Nel"), given("Elisabeth", "Lisa"),
            given("Catharina", "Karin"), given("Theodorus", "Theo"), given("Adrianus", "Arie"),
            given("Margaretha", "Greet"), given("Gerardus", "Gerard"), given("Anna", ""), given("Bram", ""),
            given("Daan", ""), given("Emma", ""), given("Femke", ""), given("Lotte", ""), given("Sanne", ""),
            given("Thijs", ""), given("Ruben", ""), given("Noor", ""), given("Sem", ""), given("Lieke", ""),
            given("Fleur", ""), given("Mohamed", ""), given("Fatima", ""), given("Yusuf", ""), given("Aylin", ""),
            given("Priya", ""), given("Wei", ""), given("Daniël", ""), given("Chloë", ""), given("Noël", ""),
            given("Maarten", ""), given("Eva", ""), given("Jeroen", ""), given("Marieke", ""), given("Sven", ""),
            given("Ingrid", ""), given("Kevin", ""), given("Naima", ""), given("Bas", ""), given("Hanneke", ""),
            given("Joost", ""), given("Mirjam", ""), given("Stijn", ""), given("Ilse", ""), given("Rik", ""),
            given("Esther", ""));

    public static final List<FamilyName> FAMILY_NAMES = List.of(
            family("", "Jansen"), family("de", "Vries"), family("van den", "Berg"), family("van", "Dijk"),
            family("", "Bakker"), family("", "Visser"), family("", "Smit"), family("", "Meijer"),
            family("de", "Boer"), family("", "Mulder"), family("de", "Groot"), family("", "Bos"), family("", "Vos"),
            family("", "Peters"), family("", "Hendriks"), family("van", "Leeuwen"), family("", "Dekker"),
            family("", "Brouwer"), family("de", "Wit"), family("", "Dijkstra"), family("de", "Graaf"),
            family("van der", "Meer"), family("van der", "Linden"), family("", "Kok"), family("", "Jacobs"),
            family("de", "Haan"), family("", "Vermeulen"), family("van den", "Heuvel"), family("van der", "Veen"),
            family("van den", "Broek"), family("de", "Bruijn"), family("de", "Jong"), family("van", "Beek"),
            family("", "Yılmaz"), family("", "Öztürk"), family("", "Kaya"), family("", "El Amrani"),
            family("", "Bouzid"), family("", "Nguyen"), family("", "Wouters"), family("van", "Wijk"),
            family("", "Postma"), family("ter", "Horst"), family("", "Kuipers"), family("van 't", "Hof"),
            family("", "Schouten"), family("", "Willems"), family("", "Huisman"), family("van", "Vliet"),
            family("", "Prins"));

    private SampleNames() {
    }

    /** Lower case ASCII letters and digits only: diacritics stripped, spaces and punctuation removed. */
    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.replace('ı', 'i'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** First letters of the first name, e.g. {@code Ö.}; a second given name adds its initial. */
    static String initials(String firstName, String secondGivenName) {
        String initials = firstName.charAt(0) + ".";
        return secondGivenName.isEmpty() ? initials : initials + secondGivenName.charAt(0) + ".";
    }

    private static GivenName given(String first, String nick) {
        return new GivenName(first, nick);
    }

    private static FamilyName family(String prefix, String name) {
        return new FamilyName(prefix, name);
    }
}
