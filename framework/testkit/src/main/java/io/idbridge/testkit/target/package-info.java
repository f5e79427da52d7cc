/** The contract every target connector passes against its simulator: truthful capabilities and systems.md §1.3. */
package io.idbridge.testkit.target;
