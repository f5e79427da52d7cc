/** A deterministic sample organisation (a Dutch municipality) as CSV exports, for the demo and scenario tests. */
package io.idbridge.sandbox.sample;
