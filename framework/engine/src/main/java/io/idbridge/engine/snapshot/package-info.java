/** Importing sources: raw records to mapped persons, blocked records, snapshots and their differences. */
package io.idbridge.engine.snapshot;
