package io.idbridge.spi.target.operation;

/** Marker of every capability interface. */
public interface TargetOperation {
}
