package lv.socialais.register;

/** Where a register query of the outbox is: waiting (first time or after a failure), answered, given up. */
public enum RegisterQueryStatus {
    PENDING,
    DONE,
    FAILED
}
