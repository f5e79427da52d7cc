package io.idbridge.sandbox.sample;

/** What a generated person demonstrates; decides the shape of their contracts. */
enum SampleRole {
    /** Heads a department; open-ended contract that started long ago. */
    MANAGER,
    /** One open-ended or temporary contract that started in the past. */
    REGULAR,
    /** One contract starting in 1 to 20 days. */
    FUTURE_STARTER,
    /** One contract ending in the past few days or the next few days. */
    LEAVER,
    /** A contract that ended long ago and a current one. */
    REHIRE,
    /** A contract that ended three days ago and one starting in four days. */
    REHIRE_SOON,
    /** Two current contracts in different departments. */
    TWO_CONTRACTS
}
