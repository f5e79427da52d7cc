package io.idbridge.spi.target.operation;

/** Checks unique values such as user names. */
public interface ValueInUseOp extends TargetOperation {
    /**
     * Whether any account holds {@code value} in {@code accountField}. Read-only; idempotent.
     *
     * @throws io.idbridge.spi.error.ConnectorException {@code CONFIGURATION} when the field cannot be checked
     */
    boolean isValueInUse(String accountField, String value);
}
