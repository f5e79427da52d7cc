/** A stateful, in-process simulator of the HelloID REST API (systems.md §2 and §7), sharing no code with the connector. */
package io.idbridge.sandbox.helloid;
