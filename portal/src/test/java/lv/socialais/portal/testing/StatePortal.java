package lv.socialais.portal.testing;

import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.socialais.integration.intake.v1.Answer;
import lv.socialais.integration.intake.v1.Applicant;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.intake.v1.SubmitEApplication;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import lv.socialais.portal.intake.Signer;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;

/** The state portal filing a signed e-application over SOAP, for browser tests that need an application to work on. */
public final class StatePortal {

    private StatePortal() {}

    /** Files a GMI application of a person without income; returns its registration number. */
    public static String fileGmi(URL portal, String code, String firstName, String lastName) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(EApplicationIntakePort.class);
        factory.setAddress(portal + "soap/intake");
        Signer.statePortal().interceptors().forEach(factory.getOutInterceptors()::add);
        EApplicationIntakePort port = (EApplicationIntakePort) factory.create();
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance("LV");
        client.setMemberClass("GOV");
        client.setMemberCode("90001733697");
        XRoadServiceIdentifier service = new XRoadServiceIdentifier();
        service.setXRoadInstance("LV");
        service.setMemberClass("GOV");
        service.setMemberCode("90000000000");
        service.setServiceCode("SubmitEApplication");
        ((BindingProvider) port)
                .getRequestContext()
                .put(
                        Header.HEADER_LIST,
                        new XRoadHeaders(
                                        client,
                                        service,
                                        UUID.randomUUID().toString(),
                                        "LV01019012349",
                                        null,
                                        XRoadHeaders.PROTOCOL_VERSION)
                                .toSoapHeaders());
        SubmitEApplication request = new SubmitEApplication();
        request.setEServiceUrn("URN:IVIS:100001:EP.DA-DA29-V1-0");
        request.setSubmissionKey(UUID.randomUUID().toString());
        Applicant applicant = new Applicant();
        applicant.setPersonalCode(code);
        applicant.setFirstName(firstName);
        applicant.setLastName(lastName);
        request.setApplicant(applicant);
        request.setApplicationTypeCode("GMI_BENEFIT");
        request.getAnswer()
                .addAll(List.of(
                        answer("needy_status", "APPLYING_NOW"),
                        answer("working_age_members_count", "1"),
                        answer("situation_description", "Nav darba un ienākumu."),
                        answer("iban", "LV80BANK0000435195001")));
        request.setNoIncomeDeclared(true);
        request.setConsentGiven(true);
        var response = port.submitEApplication(request);
        if (response.getAccepted() == null) {
            throw new AssertionError(response.getRejected().getProblem().stream()
                    .map(p -> p.getField() + ":" + p.getCode())
                    .collect(Collectors.joining(", ")));
        }
        return response.getAccepted().getRegistrationNumber();
    }

    private static Answer answer(String code, String value) {
        Answer answer = new Answer();
        answer.setFieldCode(code);
        answer.setValue(value);
        return answer;
    }
}
