/** Benchmarks of the real engine, connector plugins and simulator; main classes only, never run by the build. */
package io.idbridge.bench;
