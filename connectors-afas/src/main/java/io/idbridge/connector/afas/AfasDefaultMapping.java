package io.idbridge.connector.afas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default mapping of the AFAS source, after the reference connector's {@code mapping.json} (systems.md §3.3):
 * person fields from the Users GetConnector, contract fields from {@code pos_*} with {@code empl_*} as fallback, so
 * one mapping serves both {@code contracts-from} settings. The contract id is {@code pos_ExternalID~
 * pos_EmploymentExternalID} for a position and {@code empl_ExternalID} otherwise.
 */
final class AfasDefaultMapping {
    static final Map<String, String> MAPPING = build();

    private AfasDefaultMapping() {
    }

    private static Map<String, String> build() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("person.externalId", "source.Medewerker");
        mapping.put("person.name.given", "source.Voornaam");
        mapping.put("person.name.nick", "source.Roepnaam != '' ? source.Roepnaam : source.Voornaam");
        mapping.put("person.name.initials", "source.Voorletters");
        mapping.put("person.name.familyPrefix", "source.Voorvoegsel");
        mapping.put("person.name.family", "source.Geboortenaam");
        mapping.put("person.name.partnerFamilyPrefix", "source.Voorvoegsel_partner");
        mapping.put("person.name.partnerFamily", "source.Geboortenaam_partner");
        // AFAS codes the naming convention 0-3 (systems.md §3.3); anything else means the birth name only
        mapping.put("person.name.convention", "string(source.Naamgebruik_code) == '1' ? 'PB'"
                + " : string(source.Naamgebruik_code) == '2' ? 'P' : string(source.Naamgebruik_code) == '3' ? 'BP'"
                + " : 'B'");
        mapping.put("person.contact.business.email", "source.Email_werk");
        mapping.put("person.contact.business.phone", "source.Telefoonnr_werk");
        mapping.put("person.contact.business.mobile", "source.Mobielnr_werk");
        mapping.put("person.userName", "source.UPN");
        mapping.put("person.manager", "source.Medewerkernummer_leidinggevende");
        mapping.put("contract.externalId", "has(sourceContract.pos_ExternalID)"
                + " ? sourceContract.pos_ExternalID + '~' + sourceContract.pos_EmploymentExternalID"
                + " : sourceContract.empl_ExternalID");
        contractField(mapping, "startDate", "Begindatum_functie");
        contractField(mapping, "endDate", "Einddatum_functie");
        contractField(mapping, "department.code", "Organisatorische_eenheid_code");
        contractField(mapping, "department.name", "Organisatorische_eenheid_omschrijving");
        contractField(mapping, "title.code", "Functie_code");
        contractField(mapping, "title.name", "Functie_omschrijving");
        contractField(mapping, "costCenter.code", "Kostenplaats_code");
        contractField(mapping, "costCenter.name", "Kostenplaats_omschrijving");
        contractField(mapping, "employer.code", "Werkgever_code");
        contractField(mapping, "employer.name", "Werkgever_omschrijving");
        contractField(mapping, "manager", "Medewerkernummer_leidinggevende");
        mapping.put("contract.fte", "sourceContract.empl_FTE");
        mapping.put("contract.hoursPerWeek", "sourceContract.empl_Uren_per_week");
        mapping.put("contract.sequence", "sourceContract.empl_Volgnummer_contract");
        mapping.put("contract.percentage", "has(sourceContract.pos_Percentage) ? sourceContract.pos_Percentage"
                + " : sourceContract.empl_Parttime_percentage");
        mapping.put("contract.type.code", "sourceContract.empl_Soort_medewerker_code");
        mapping.put("contract.type.description", "sourceContract.empl_Soort_medewerker");
        return Collections.unmodifiableMap(mapping);
    }

    /** The position's field when the contract is a position, else the employment's. */
    private static void contractField(Map<String, String> mapping, String field, String afasField) {
        mapping.put("contract." + field, "has(sourceContract.pos_" + afasField + ") ? sourceContract.pos_" + afasField
                + " : sourceContract.empl_" + afasField);
    }
}
