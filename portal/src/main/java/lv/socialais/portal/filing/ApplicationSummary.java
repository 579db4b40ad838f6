package lv.socialais.portal.filing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.Decision;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.application.InformationRequest;
import lv.socialais.common.LocalizedText;

/**
 * What the resident's pages and PDFs show of an application: a serialisable copy, so that view
 * state never holds an entity.
 */
public record ApplicationSummary(
        Long id,
        String registrationNumber,
        String typeCode,
        LocalizedText typeName,
        LocalizedText department,
        ApplicationStatus status,
        String applicantCode,
        String applicantName,
        LocalDate receivedOn,
        LocalDate deadline,
        Instant createdAt,
        Instant updatedAt,
        List<Event> timeline,
        List<Request> requests,
        DecisionView decision)
        implements Serializable {

    /** The summary of an application, with the information requests on it, oldest first. */
    public static ApplicationSummary of(Application application, List<InformationRequest> requests) {
        return new ApplicationSummary(
                application.getId(),
                application.getRegistration().getNumber().orElse(null),
                application.getType().getCode(),
                application.getType().getName(),
                application.getDepartment().getName(),
                application.getStatus(),
                application.getDeclaration().getApplicant().getPersonalCode(),
                application.getDeclaration().getApplicant().getFullName().strip(),
                application.getRegistration().getReceivedOn().orElse(null),
                application.getRegistration().getDecisionDeadline().orElse(null),
                application.getFiling().getCreatedAt(),
                application.getUpdatedAt(),
                application.getTimeline().stream()
                        .map(e -> new Event(e.getType().name(), e.getOccurredAt()))
                        .toList(),
                requests.stream()
                        .map(r -> new Request(
                                r.getId(),
                                r.getText(),
                                r.getRequestedAt(),
                                r.getAnswer(),
                                r.getAnsweredAt().orElse(null)))
                        .toList(),
                application.getDecision().map(DecisionView::of).orElse(null));
    }

    public boolean isAwaitingDecision() {
        return status.awaitsDecision();
    }

    public boolean isFiledBy(String personalCode) {
        return applicantCode.equals(personalCode);
    }

    public boolean hasOpenRequest() {
        return requests.stream().anyMatch(Request::isOpen);
    }

    /** A timeline entry: what happened and when. */
    public record Event(String type, Instant at) implements Serializable {}

    /** A caseworker's question and the resident's answer, if given. */
    public record Request(Long id, String text, Instant requestedAt, String answer, Instant answeredAt)
            implements Serializable {

        public boolean isOpen() {
            return answeredAt == null;
        }
    }

    /** The decision as the letter states it. */
    public record DecisionView(
            DecisionOutcome outcome,
            BigDecimal amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String legalBasis,
            String reasons,
            Instant decidedAt)
            implements Serializable {

        static DecisionView of(Decision decision) {
            return new DecisionView(
                    decision.getOutcome(),
                    decision.getAmount(),
                    decision.getPeriodFrom(),
                    decision.getPeriodTo(),
                    decision.getLegalBasis(),
                    decision.getReasons(),
                    decision.getDecidedAt());
        }
    }
}
