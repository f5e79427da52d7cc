package io.idbridge.engine.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the engine knows of one person's account in one target.
 *
 * @param refJson the account reference as JSON; null while the account does not exist yet
 * @param dataJson the account data last written or read, as JSON; never null ("{}" when none)
 * @param lifecycle the account's lifecycle state
 * @param disabledOn the day it was disabled; null unless disabled
 * @param updatedAt when this state last changed
 */
public record AccountState(String target, String personId, String refJson, String dataJson, AccountLifecycle lifecycle,
                           LocalDate disabledOn, Instant updatedAt) {
}
