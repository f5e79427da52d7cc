/** The IdBridge engine: import, evaluation, planning and safe enforcement. */
package io.idbridge.engine;
