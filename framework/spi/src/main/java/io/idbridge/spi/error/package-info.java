/** One exception root for every connector failure, classified by {@link io.idbridge.spi.error.ErrorType}. */
package io.idbridge.spi.error;
