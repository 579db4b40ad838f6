package lv.socialais.application;

import java.time.Instant;

/**
 * Fired in the registering transaction when an application has its number: what must happen
 * with it atomically, such as writing its register queries to the outbox, observes this.
 */
public record ApplicationRegistered(Application application, Instant registeredAt) {}
