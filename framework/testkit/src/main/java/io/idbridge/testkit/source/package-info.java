/** The contract every source connector passes: repeatable full reads, stable external ids and clean paging. */
package io.idbridge.testkit.source;
