/** Checks every plugin inherits: its built zip loads through the real plugin runtime, and its code stays off engine internals. */
package io.idbridge.testkit.plugin;
