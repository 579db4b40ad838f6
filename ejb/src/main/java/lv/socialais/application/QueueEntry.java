package lv.socialais.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a caseworker's queue, with the marks for deadlines that are near or past. */
public record QueueEntry(
        Long id,
        String registrationNumber,
        String typeCode,
        String typeNameLv,
        String applicantName,
        String applicantMaskedCode,
        ApplicationStatus status,
        Channel channel,
        LocalDate receivedOn,
        LocalDate deadline,
        String assignee,
        boolean dueSoon,
        boolean overdue)
        implements Serializable {}
