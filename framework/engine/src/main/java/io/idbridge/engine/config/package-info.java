/** The engine's configuration as typed values; the runtime builds it from HOCON and compiles every expression. */
package io.idbridge.engine.config;
