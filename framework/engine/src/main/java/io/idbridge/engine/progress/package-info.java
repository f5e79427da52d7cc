/** Progress reporting from long engine work to whoever shows it. */
package io.idbridge.engine.progress;
