/** Binding the engine's configuration sections from HOCON and assembling a runnable engine. */
package io.idbridge.runtime.engine;
