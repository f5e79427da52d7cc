/** Evaluating persons: the views expressions see, the primary contract, business rules and account timing. */
package io.idbridge.engine.evaluate;
