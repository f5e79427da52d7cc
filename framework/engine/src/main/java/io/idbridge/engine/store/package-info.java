/** Persistent engine state behind one small interface: SQLite (embedded default) or PostgreSQL. */
package io.idbridge.engine.store;
