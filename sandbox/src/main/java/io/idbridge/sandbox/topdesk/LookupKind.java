package io.idbridge.sandbox.topdesk;

/** The simple lookup lists: an id and a name each. */
enum LookupKind {
    DEPARTMENT("department", "departments"),
    BUDGET_HOLDER("budget holder", "budgetholders"),
    ARCHIVING_REASON("archiving reason", "archiving-reasons"),
    COUNTRY("country", "countries");

    private final String label;
    private final String path;

    LookupKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** For messages, e.g. {@code budget holder}. */
    String label() {
        return label;
    }

    /** The path segment under {@code /tas/api}, e.g. {@code budgetholders}. */
    String path() {
        return path;
    }
}
