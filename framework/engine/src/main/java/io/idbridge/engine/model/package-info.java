/** Persons, contracts and departments as the engine sees them after mapping. */
package io.idbridge.engine.model;
