/** Throughput measurements of the state store, run by hand (see bench/README.md), never by the test suite. */
package io.idbridge.engine.store.bench;
