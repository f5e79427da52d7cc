/** Account lifecycle scenarios: the engine driving the real HelloID connector against the HelloID simulator. */
package io.idbridge.scenario;
