/** The HelloID target connector: users, groups and self-service products over the HelloID REST API v1. */
package io.idbridge.connector.helloid;
