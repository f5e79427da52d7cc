/** Immutable values exchanged between the engine and connectors. */
package io.idbridge.spi.model;
