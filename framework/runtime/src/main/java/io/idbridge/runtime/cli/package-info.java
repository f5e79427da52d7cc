/** The idbridge command line: validate, test, plugins, reference and the engine's commands. */
package io.idbridge.runtime.cli;
