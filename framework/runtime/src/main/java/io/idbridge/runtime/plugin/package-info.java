/** Loads connector plugins with PF4J, builds their extensions through Guice and reports what loaded and what failed. */
package io.idbridge.runtime.plugin;
