package io.idbridge.sandbox.sample;

import java.util.List;

/** The department tree of the fictional municipality of Lindeveld: a root, four directorates and ten teams. */
final class SampleDepartments {
    static final List<SampleDepartment> ALL = List.of(
            department("GEM", "Gemeente Lindeveld", "", "1000", "STH", title("GSE", "Gemeentesecretaris"), 3,
                    title("BAD", "Bestuursadviseur"), title("SEC", "Directiesecretaresse")),
            department("BDV", "Bedrijfsvoering", "GEM", "2000", "STH", title("DIR", "Directeur"), 2,
                    title("CTR", "Concerncontroller")),
            department("ICT", "Informatievoorziening en ICT", "BDV", "2100", "STH", title("TML", "Teamleider"), 16,
                    title("SBH", "Systeembeheerder"), title("IAD", "Informatieadviseur"),
                    title("SDM", "Servicedeskmedewerker"), title("ISO", "Security officer")),
            department("PO", "Personeel en Organisatie", "BDV", "2200", "STH", title("TML", "Teamleider"), 12,
                    title("HRA", "HR-adviseur"), title("SAL", "Salarisadministrateur"),
                    title("REC", "Recruiter")),
            department("FIN", "Financiën", "BDV", "2300", "STH", title("TML", "Teamleider"), 14,
                    title("FAD", "Financieel adviseur"), title("CRD", "Crediteurenadministrateur"),
                    title("BEL", "Belastingmedewerker")),
            department("FZ", "Facilitaire Zaken", "BDV", "2400", "STH", title("TML", "Teamleider"), 14,
                    title("BOD", "Bode"), title("RCP", "Receptioniste"), title("INK", "Inkoper")),
            department("DVL", "Dienstverlening", "GEM", "3000", "STH", title("DIR", "Directeur"), 2,
                    title("KAD", "Kwaliteitsadviseur")),
            department("KCC", "Klantcontactcentrum", "DVL", "3100", "STH", title("TML", "Teamleider"), 20,
                    title("KCM", "Klantcontactmedewerker"), title("KCS", "Senior klantcontactmedewerker")),
            department("BZ", "Burgerzaken", "DVL", "3200", "STH", title("TML", "Teamleider"), 18,
                    title("MBZ", "Medewerker burgerzaken"), title("ABS", "Ambtenaar burgerlijke stand")),
            department("RMT", "Ruimte", "GEM", "4000", "STH", title("DIR", "Directeur"), 2,
                    title("PLA", "Planoloog")),
            department("VTH", "Vergunningen, Toezicht en Handhaving", "RMT", "4100", "STH",
                    title("TML", "Teamleider"), 20, title("VGV", "Vergunningverlener"),
                    title("TZH", "Toezichthouder"), title("BOA", "Handhaver (BOA)")),
            department("OR", "Openbare Ruimte", "RMT", "4200", "WRF", title("TML", "Teamleider"), 26,
                    title("MOR", "Medewerker openbare ruimte"), title("OPZ", "Opzichter"),
                    title("GRV", "Groenvoorziener")),
            department("SD", "Sociaal Domein", "GEM", "5000", "STH", title("DIR", "Directeur"), 2,
                    title("BEA", "Beleidsadviseur")),
            department("WMO", "Wmo en Jeugd", "SD", "5100", "WKP", title("TML", "Teamleider"), 25,
                    title("WCO", "Wmo-consulent"), title("JCO", "Jeugdconsulent"),
                    title("MAW", "Maatschappelijk werker")),
            department("WI", "Werk en Inkomen", "SD", "5200", "WKP", title("TML", "Teamleider"), 24,
                    title("IC", "Inkomensconsulent"), title("WCN", "Werkconsulent"),
                    title("SCH", "Schuldhulpverlener")));

    private SampleDepartments() {
    }

    static SampleDepartment byCode(String code) {
        return ALL.stream().filter(department -> department.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample department " + code));
    }

    private static SampleDepartment department(String code, String name, String parentCode, String costCenter,
                                               String location, SampleTitle managerTitle, int headcount,
                                               SampleTitle... staffTitles) {
        String locationName = switch (location) {
            case "STH" -> "Stadhuis";
            case "WRF" -> "Gemeentewerf";
            case "WKP" -> "Wijkpunt De Linde";
            default -> throw new IllegalArgumentException("unknown location " + location);
        };
        return new SampleDepartment(code, name, parentCode, costCenter, location, locationName, managerTitle,
                List.of(staffTitles), headcount);
    }

    private static SampleTitle title(String code, String name) {
        return new SampleTitle(code, name);
    }
}
