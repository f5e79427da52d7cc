/** Correct in-memory connectors that prove the contract kit passes them. */
package io.idbridge.testkit.fake;
