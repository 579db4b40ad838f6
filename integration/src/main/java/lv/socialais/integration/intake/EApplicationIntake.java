package lv.socialais.integration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.SubmissionRejected;
import lv.socialais.application.SubmissionResult;
import lv.socialais.application.SubmitApplication;
import lv.socialais.application.validation.Problem;
import lv.socialais.application.validation.ProblemCode;
import lv.socialais.application.validation.ProblemMessages;
import lv.socialais.attachment.AttachmentCheck;
import lv.socialais.attachment.Attachments;
import lv.socialais.common.Riga;
import lv.socialais.integration.intake.v1.Accepted;
import lv.socialais.integration.intake.v1.Attachment;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.intake.v1.GetApplicationStatus;
import lv.socialais.integration.intake.v1.GetApplicationStatusResponse;
import lv.socialais.integration.intake.v1.GetHouseholdStatus;
import lv.socialais.integration.intake.v1.GetHouseholdStatusResponse;
import lv.socialais.integration.intake.v1.HouseholdStatus;
import lv.socialais.integration.intake.v1.Rejected;
import lv.socialais.integration.intake.v1.SubmitEApplication;
import lv.socialais.integration.intake.v1.SubmitEApplicationResponse;
import lv.socialais.integration.messagelog.InboundExchange;
import lv.socialais.person.PersonalCode;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.status.HouseholdStatuses;

/**
 * Our inbound SOAP service: e-applications from the state portal, and status questions from
 * the state portal and registers. A refused e-application stores nothing and lists every
 * problem in the response (business errors are answers, not faults).
 */
@ApplicationScoped
public class EApplicationIntake implements EApplicationIntakePort {

    /** Problems are answered in Latvian, the language of the state portal's exchange. */
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    @Inject
    private SubmitApplication submission;

    @Inject
    private Attachments attachments;

    @Inject
    private ApplicationQueries applications;

    @Inject
    private HouseholdStatuses statuses;

    @Override
    public SubmitEApplicationResponse submitEApplication(SubmitEApplication request) {
        Actor portal = new Actor(InboundExchange.caller(), Role.REGISTER, null);
        InboundExchange.subject(
                request.getApplicant() == null ? null : request.getApplicant().getPersonalCode());
        List<ProblemCode> attachmentProblems = checkAttachments(request.getAttachment());
        try {
            if (!attachmentProblems.isEmpty()) {
                throw new SubmissionRejected(ProblemMessages.translate(attachmentProblems, LATVIAN));
            }
            SubmissionResult result = submission.submit(IntakeTranslation.toInput(request), null, portal, LATVIAN);
            if (!result.repeated()) {
                attach(result.applicationId(), request.getAttachment(), portal);
            }
            InboundExchange.issue(result.registrationNumber());
            return accepted(result);
        } catch (SubmissionRejected rejected) {
            InboundExchange.businessError(rejected.problems().size() + " problems");
            return rejected(rejected.problems());
        }
    }

    private List<ProblemCode> checkAttachments(List<Attachment> files) {
        List<ProblemCode> problems = new ArrayList<>();
        if (files.size() > attachments.maxCount()) {
            problems.add(ProblemCode.of("attachment", "attachment.tooMany", attachments.maxCount()));
            return problems;
        }
        for (int i = 0; i < files.size(); i++) {
            try (InputStream content = files.get(i).getContent().getInputStream()) {
                int index = i;
                AttachmentCheck.problemOf(content, attachments.maxBytes())
                        .ifPresent(key -> problems.add(ProblemCode.of(
                                "attachment[" + index + "]", key, attachments.maxBytes() / (1024 * 1024))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read attachment " + i, e);
            }
        }
        return problems;
    }

    private void attach(Long applicationId, List<Attachment> files, Actor portal) {
        for (Attachment file : files) {
            try (InputStream content = file.getContent().getInputStream()) {
                attachments.add(applicationId, file.getFileName(), content, portal);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store attachment " + file.getFileName(), e);
            }
        }
    }

    @Override
    public GetApplicationStatusResponse getApplicationStatus(GetApplicationStatus request) {
        InboundExchange.subject(request.getPersonalCode());
        InboundExchange.issue(request.getRegistrationNumber());
        GetApplicationStatusResponse response = new GetApplicationStatusResponse();
        Optional<String> code = normalised(request.getPersonalCode());
        code.flatMap(personalCode -> applications.byRegistrationNumber(request.getRegistrationNumber(), personalCode))
                .ifPresentOrElse(
                        application -> {
                            response.setFound(true);
                            response.setStatus(application.getStatus().name());
                            response.setDecisionDeadline(application
                                    .getRegistration()
                                    .getDecisionDeadline()
                                    .orElse(null));
                            application.getDecision().ifPresent(decision -> {
                                response.setOutcome(decision.getOutcome().name());
                                response.setDecidedOn(LocalDate.ofInstant(decision.getDecidedAt(), Riga.ZONE));
                            });
                        },
                        () -> response.setFound(false));
        return response;
    }

    @Override
    public GetHouseholdStatusResponse getHouseholdStatus(GetHouseholdStatus request) {
        InboundExchange.subject(request.getPersonalCode());
        GetHouseholdStatusResponse response = new GetHouseholdStatusResponse();
        LocalDate onDate = request.getOnDate() == null ? LocalDate.now(Riga.ZONE) : request.getOnDate();
        normalised(request.getPersonalCode())
                .flatMap(code -> statuses.on(code, onDate))
                .ifPresentOrElse(
                        status -> {
                            response.setStatus(
                                    HouseholdStatus.fromValue(status.getStatus().name()));
                            response.setValidFrom(status.getValidFrom());
                            response.setValidUntil(status.getValidUntil());
                            applications
                                    .registrationNumberOf(status.getApplicationId())
                                    .ifPresent(response::setRegistrationNumber);
                        },
                        () -> response.setStatus(HouseholdStatus.NONE));
        return response;
    }

    private static Optional<String> normalised(String personalCode) {
        return PersonalCode.isValid(personalCode)
                ? Optional.of(PersonalCode.of(personalCode).value())
                : Optional.empty();
    }

    private static SubmitEApplicationResponse accepted(SubmissionResult result) {
        Accepted accepted = new Accepted();
        accepted.setRegistrationNumber(result.registrationNumber());
        accepted.setReceivedOn(result.receivedOn());
        accepted.setDecisionDeadline(result.decisionDeadline());
        SubmitEApplicationResponse response = new SubmitEApplicationResponse();
        response.setAccepted(accepted);
        return response;
    }

    private static SubmitEApplicationResponse rejected(List<Problem> problems) {
        Rejected rejected = new Rejected();
        problems.forEach(problem -> {
            lv.socialais.integration.intake.v1.Problem item = new lv.socialais.integration.intake.v1.Problem();
            item.setField(problem.field());
            item.setCode(problem.messageKey());
            item.setMessage(problem.message());
            rejected.getProblem().add(item);
        });
        SubmitEApplicationResponse response = new SubmitEApplicationResponse();
        response.setRejected(rejected);
        return response;
    }
}
