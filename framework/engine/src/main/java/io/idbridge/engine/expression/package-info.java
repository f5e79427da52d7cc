/** CEL expressions: compiled once when the configuration loads, evaluated many times. */
package io.idbridge.engine.expression;
