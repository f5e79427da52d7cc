/** Loads the HOCON configuration and binds it, with every problem reported at once by file and line. */
package io.idbridge.runtime.config;
