/** Source connectors: read persons with their contracts, and departments, from an HR system or export. */
package io.idbridge.spi.source;
