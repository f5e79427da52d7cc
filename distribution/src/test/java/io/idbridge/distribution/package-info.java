/** Integration tests that run the built distribution and the engine against the HelloID simulator. */
package io.idbridge.distribution;
