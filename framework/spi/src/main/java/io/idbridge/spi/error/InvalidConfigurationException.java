package io.idbridge.spi.error;

/** The connector's configuration cannot work (detected when creating or testing the connector). */
public class InvalidConfigurationException extends ConnectorException {
    public InvalidConfigurationException(String message) {
        super(StandardErrorCode.INVALID_CONFIGURATION, message);
    }
}
