/** Checks of a connector's error-code constants: names, numbers and ranges. */
package io.idbridge.testkit.error;
