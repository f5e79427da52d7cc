/** One interface per target operation; the set a connector implements is its capability set. */
package io.idbridge.spi.target.operation;
