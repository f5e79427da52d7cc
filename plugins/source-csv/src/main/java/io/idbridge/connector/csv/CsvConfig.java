package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CSV connector's validated settings.
 *
 * @param personsFile never null; relative paths resolve against the engine's working directory
 * @param contractsFile null when every persons row is also one contract row
 * @param departmentsFile null when there is no departments export
 * @param delimiter null to detect {@code ;}, {@code ,} or tab from each file's header line
 * @param encoding never null
 * @param columns the column names; never null
 */
public record CsvConfig(Path personsFile, Path contractsFile, Path departmentsFile, Character delimiter,
                        Charset encoding, CsvColumns columns) {
    static final String PERSONS_FILE = "persons-file";
    static final String CONTRACTS_FILE = "contracts-file";
    static final String DEPARTMENTS_FILE = "departments-file";
    static final String PERSON_ID_COLUMN = "person-id-column";
    static final String CONTRACT_PERSON_COLUMN = "contract-person-column";
    static final String DELIMITER = "delimiter";
    static final String ENCODING = "encoding";
    static final String DEPARTMENT_CODE_COLUMN = "department-code-column";
    static final String DEPARTMENT_NAME_COLUMN = "department-name-column";
    static final String DEPARTMENT_PARENT_COLUMN = "department-parent-column";
    static final String DEPARTMENT_MANAGER_COLUMN = "department-manager-column";
    static final String AUTO = "auto";

    private static final String RELATIVE =
            " A relative path resolves against the working directory of the engine process.";

    /** Every key the connector accepts. */
    public static final ConfigSpec SPEC = ConfigSpec.builder()
            .required(PERSONS_FILE, ConfigType.STRING, "Path of the persons export, one row per person (or, without"
                    + " contracts-file, one row per contract)." + RELATIVE)
            .optional(CONTRACTS_FILE, ConfigType.STRING, null, "Path of the contracts export, one row per contract."
                    + " When absent, every row of persons-file is one contract and rows are grouped into persons by"
                    + " person-id-column, taking the person fields from each person's first row." + RELATIVE)
            .optional(DEPARTMENTS_FILE, ConfigType.STRING, null, "Path of the departments export, one row per"
                    + " department. When absent, the source reports no departments." + RELATIVE)
            .optional(PERSON_ID_COLUMN, ConfigType.STRING, "employee_id", "Column of persons-file holding the"
                    + " person's external id; a blank value gives a person without id, which the engine blocks.")
            .optional(CONTRACT_PERSON_COLUMN, ConfigType.STRING, "employee_id", "Column of contracts-file holding"
                    + " the external id of the person the contract belongs to.")
            .optional(DELIMITER, ConfigType.STRING, AUTO, "Field separator of every file: one character, or 'auto'"
                    + " to detect ';', ',' or tab from each file's header line.", CsvConfig::checkDelimiter)
            .optional(ENCODING, ConfigType.STRING, "UTF-8", "Character encoding of every file; a UTF-8 byte order"
                    + " mark is ignored.", CsvConfig::checkEncoding)
            .optional(DEPARTMENT_CODE_COLUMN, ConfigType.STRING, "code", "Column of departments-file holding the"
                    + " department's external id.")
            .optional(DEPARTMENT_NAME_COLUMN, ConfigType.STRING, "name", "Column of departments-file holding the"
                    + " department's display name.")
            .optional(DEPARTMENT_PARENT_COLUMN, ConfigType.STRING, "parent_code", "Column of departments-file"
                    + " holding the code of the parent department; blank for a root.")
            .optional(DEPARTMENT_MANAGER_COLUMN, ConfigType.STRING, "manager_id", "Column of departments-file"
                    + " holding the person external id of the department's manager; blank when none.")
            .build();

    public CsvConfig {
        requireNonNull(personsFile, "personsFile is null");
        requireNonNull(encoding, "encoding is null");
        requireNonNull(columns, "columns is null");
    }

    /** Binds a configuration validated against {@link #SPEC}; paths are kept as written, so messages show them so. */
    public static CsvConfig from(ConnectorConfig config) {
        requireNonNull(config, "config is null");
        String delimiter = config.getString(DELIMITER);
        CsvColumns columns = new CsvColumns(config.getString(PERSON_ID_COLUMN),
                config.getString(CONTRACT_PERSON_COLUMN), config.getString(DEPARTMENT_CODE_COLUMN),
                config.getString(DEPARTMENT_NAME_COLUMN), config.getString(DEPARTMENT_PARENT_COLUMN),
                config.getString(DEPARTMENT_MANAGER_COLUMN));
        return new CsvConfig(Path.of(config.getString(PERSONS_FILE)),
                config.find(CONTRACTS_FILE, String.class).map(Path::of).orElse(null),
                config.find(DEPARTMENTS_FILE, String.class).map(Path::of).orElse(null),
                AUTO.equals(delimiter) ? null : delimiter.charAt(0),
                Charset.forName(config.getString(ENCODING)), columns);
    }

    private static Optional<String> checkDelimiter(Object value) {
        String delimiter = (String) value;
        if (AUTO.equals(delimiter)) {
            return Optional.empty();
        }
        if (delimiter.length() != 1 || "\"\r\n".indexOf(delimiter.charAt(0)) >= 0) {
            return Optional.of("must be 'auto' or one character other than a quote or line break");
        }
        return Optional.empty();
    }

    private static Optional<String> checkEncoding(Object value) {
        try {
            return Charset.isSupported((String) value)
                    ? Optional.empty()
                    : Optional.of("is not an encoding this Java runtime supports");
        } catch (IllegalCharsetNameException e) {
            return Optional.of("is not a valid encoding name");
        }
    }
}
