package lv.socialais.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a caseworker's queue shows: any of type, status, channel, deadline up to a date and
 * assignee ("-" for unassigned); nulls mean "any". A department other than the actor's own is
 * only honoured for supervisors and administrators.
 */
public record QueueFilter(
        String departmentCode,
        String typeCode,
        ApplicationStatus status,
        Channel channel,
        LocalDate deadlineUntil,
        String assignee)
        implements Serializable {

    public static final String UNASSIGNED = "-";

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, null, null);
    }
}
