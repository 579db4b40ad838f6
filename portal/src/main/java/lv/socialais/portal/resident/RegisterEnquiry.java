package lv.socialais.portal.resident;

import java.io.Serializable;
import java.time.Instant;
import lv.socialais.messagelog.MessageLogEntry;

/** One question a register was asked about the resident: when, which register and service, for which application. */
public record RegisterEnquiry(
        Instant at, String register, String service, String application, String askedBy, String outcome)
        implements Serializable {

    static RegisterEnquiry of(MessageLogEntry entry) {
        return new RegisterEnquiry(
                entry.getStartedAt(),
                entry.getCounterpart(),
                entry.getServiceCode(),
                entry.getIssue(),
                entry.getUserId(),
                entry.getOutcome().name());
    }
}
