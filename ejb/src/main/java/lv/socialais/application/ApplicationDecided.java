package lv.socialais.application;

import java.time.Instant;

/**
 * Fired in the deciding transaction when an application has been decided, for the features
 * that follow from decisions (household statuses, reports) without the lifecycle knowing them.
 */
public record ApplicationDecided(Application application, Instant decidedAt) {}
