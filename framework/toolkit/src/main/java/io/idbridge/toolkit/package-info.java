/** Shared helpers bundled into every plugin: one OkHttp client per connector, HTTP error classification, pacing and JSON. */
package io.idbridge.toolkit;
