/** The connector SPI: what a source or target connector plugin implements and what the engine gives it. */
package io.idbridge.spi;
