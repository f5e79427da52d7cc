package io.idbridge.engine.plan;

import io.idbridge.engine.evaluate.Entitlements;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;

/** One person evaluated once per plan: the primary contract and what the rules grant. */
record PersonEvaluation(Person person, Contract primary, Entitlements entitlements) {
}
