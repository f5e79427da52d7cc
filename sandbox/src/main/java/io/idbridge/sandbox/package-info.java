/** Plumbing shared by the in-process simulators: the loopback HTTP server, fault switches and the request log. */
package io.idbridge.sandbox;
