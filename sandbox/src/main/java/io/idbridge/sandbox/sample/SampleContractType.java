package io.idbridge.sandbox.sample;

/** Contract types with the employer that issues them. */
enum SampleContractType {
    PERMANENT("VAST", "Vast dienstverband", "GL", "Gemeente Lindeveld"),
    TEMPORARY("TIJD", "Tijdelijk dienstverband", "GL", "Gemeente Lindeveld"),
    HIRED("INH", "Inhuur via payroll", "PZB", "Payroll Zuid B.V.");

    private final String code;
    private final String description;
    private final String employerCode;
    private final String employerName;

    SampleContractType(String code, String description, String employerCode, String employerName) {
        this.code = code;
        this.description = description;
        this.employerCode = employerCode;
        this.employerName = employerName;
    }

    String code() {
        return code;
    }

    String description() {
        return description;
    }

    String employerCode() {
        return employerCode;
    }

    String employerName() {
        return employerName;
    }
}
