/** Planning: the actions that bring every target to the desired state, in dependency order. */
package io.idbridge.engine.plan;
