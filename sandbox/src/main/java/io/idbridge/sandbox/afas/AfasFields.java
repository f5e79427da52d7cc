package io.idbridge.sandbox.afas;

import java.util.List;
import java.util.Map;

/** The GetConnectors the simulator serves and their output fields, exactly as systems.md §3.2 lists them. */
final class AfasFields {
    static final String USERS = "T4E_HelloID_Users_v2";
    static final String EMPLOYMENTS = "T4E_HelloID_Employments_v2";
    static final String POSITIONS = "T4E_HelloID_Positions_v2";
    static final String ORGANIZATIONAL_UNITS = "T4E_HelloID_OrganizationalUnits_v2";

    static final Map<String, List<String>> BY_CONNECTOR = Map.of(
            USERS, List.of("Medewerker", "Gebruiker", "Persoonsnummer", "DisplayName", "Geblokkeerd", "UPN",
                    "Email_werk_gebruiker", "Profit_Windows", "Connector", "Reservekopieen_via_commandline",
                    "Commandline", "InSite", "OutSite", "Voorletters", "Roepnaam", "Voornaam", "Voorvoegsel",
                    "Geboortenaam", "Geboortenaam_partner", "Voorvoegsel_partner", "Naamgebruik_code",
                    "Mobielnr_werk", "Telefoonnr_werk", "Email_werk", "Email_portal"),
            EMPLOYMENTS, List.of("Medewerker", "Persoonsnummer", "Naam", "Organisatorische_eenheid_code",
                    "Organisatorische_eenheid_omschrijving", "Functie_code", "Functie_omschrijving",
                    "Kostenplaats_code", "Kostenplaats_omschrijving", "Werkgever_code", "Werkgever_omschrijving",
                    "Type_contract", "Dienstverband", "Volgnummer_contract", "Begindatum_contract",
                    "Einddatum_contract", "Begindatum_functie", "Einddatum_functie", "Uren_per_week",
                    "Parttime_percentage", "FTE", "Persoonsnummer_leidinggevende", "Medewerkernummer_leidinggevende",
                    "Persoonsnummer_VervangendLeidinggevende", "Medewerkernummer_VervangendLeidinggevende",
                    "ExternalID", "Soort_medewerker", "Soort_medewerker_code", "Dienstbetrekking"),
            POSITIONS, List.of("Medewerker", "Persoonsnummer", "Naam", "Organisatorische_eenheid_code",
                    "Organisatorische_eenheid_omschrijving", "Functie_code", "Functie_omschrijving",
                    "Kostenplaats_code", "Kostenplaats_omschrijving", "Werkgever_code", "Werkgever_omschrijving",
                    "Begindatum_functie", "Einddatum_functie", "Percentage", "Persoonsnummer_leidinggevende",
                    "Medewerkernummer_leidinggevende", "Persoonsnummer_VervangendLeidinggevende",
                    "Medewerkernummer_VervangendLeidinggevende", "EmploymentExternalID", "ExternalID"),
            ORGANIZATIONAL_UNITS, List.of("ExternalId", "DisplayName", "ParentExternalId", "ManagerExternalId",
                    "Huidige_vervanger"));

    /** The key of each GetConnector's rows. */
    static final Map<String, String> KEY = Map.of(USERS, "Medewerker", EMPLOYMENTS, "ExternalID",
            POSITIONS, "ExternalID", ORGANIZATIONAL_UNITS, "ExternalId");

    private AfasFields() {
    }
}
