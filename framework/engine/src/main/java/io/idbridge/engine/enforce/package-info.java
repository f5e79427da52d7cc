/** Carrying out a plan: invoking target operations with retries, pacing and the action journal. */
package io.idbridge.engine.enforce;
