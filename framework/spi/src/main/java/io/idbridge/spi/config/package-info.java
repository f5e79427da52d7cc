/** Declared connector configuration: keys with types, defaults and documentation, validated by the runtime. */
package io.idbridge.spi.config;
