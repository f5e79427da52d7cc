/** The CSV source connector: persons, contracts and departments read from CSV exports of an HR system. */
package io.idbridge.connector.csv;
