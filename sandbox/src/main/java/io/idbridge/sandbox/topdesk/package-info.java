/** A stateful, in-process simulator of the TOPdesk REST API (systems.md §4 and §7), sharing no code with the connector. */
package io.idbridge.sandbox.topdesk;
