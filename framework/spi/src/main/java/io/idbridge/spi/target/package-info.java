/** Target connectors: carry out account lifecycle actions and permission grants in a target system. */
package io.idbridge.spi.target;
