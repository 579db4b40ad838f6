package lv.socialais.portal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.socialais.integration.intake.v1.Answer;
import lv.socialais.integration.intake.v1.Applicant;
import lv.socialais.integration.intake.v1.Attachment;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.intake.v1.GetApplicationStatus;
import lv.socialais.integration.intake.v1.GetApplicationStatusResponse;
import lv.socialais.integration.intake.v1.GetHouseholdStatus;
import lv.socialais.integration.intake.v1.HouseholdStatus;
import lv.socialais.integration.intake.v1.Problem;
import lv.socialais.integration.intake.v1.SubmitEApplication;
import lv.socialais.integration.intake.v1.SubmitEApplicationResponse;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import lv.socialais.portal.testing.Deployments;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The state portal's side of our inbound SOAP service, over real HTTP: e-applications with MTOM
 * attachments, status queries, and every kind of bad input refused with nothing stored. The
 * test reads the database directly to prove what was and was not stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeIT {

    private static final String JANIS = "140385-12712";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL portal;

    @Test
    void aValidEApplicationIsFiledWithItsAttachmentAndTheHeadersAreEchoed() throws Exception {
        EApplicationIntakePort port = client();
        String messageId = UUID.randomUUID().toString();
        headers(port, messageId);
        SubmitEApplication request = crisisApplication(UUID.randomUUID().toString());
        request.getAttachment().add(attachment("izziņa.pdf", PDF));

        SubmitEApplicationResponse response = port.submitEApplication(request);

        assertNull(response.getRejected(), () -> problems(response).toString());
        String number = response.getAccepted().getRegistrationNumber();
        assertTrue(number.matches("\\d{4}/\\d{6}"), number);
        assertTrue(response.getAccepted()
                .getDecisionDeadline()
                .isAfter(response.getAccepted().getReceivedOn()));
        assertEquals("STATE_PORTAL", single("SELECT channel FROM application WHERE registration_number = ?", number));
        assertEquals(
                "1",
                single(
                        "SELECT COUNT(*) FROM attachment a JOIN application p ON p.id = a.application_id"
                                + " WHERE p.registration_number = ?",
                        number));
        @SuppressWarnings("unchecked")
        List<Header> echoed =
                (List<Header>) ((BindingProvider) port).getResponseContext().get(Header.HEADER_LIST);
        assertEquals(messageId, XRoadHeaders.from(echoed).id(), "the response echoes the request's headers");
        assertEquals(
                "OK", single("SELECT outcome FROM message_log WHERE direction = 'IN' AND message_id = ?", messageId));
        assertEquals("64", single("SELECT LENGTH(request_sha256) FROM message_log WHERE message_id = ?", messageId));
        assertEquals("64", single("SELECT LENGTH(response_sha256) FROM message_log WHERE message_id = ?", messageId));
        assertEquals(number, single("SELECT issue FROM message_log WHERE message_id = ?", messageId));
    }

    @Test
    void aRepeatedEApplicationReturnsTheFirstNumber() throws Exception {
        EApplicationIntakePort port = client();
        headers(port, UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();

        String first =
                port.submitEApplication(crisisApplication(key)).getAccepted().getRegistrationNumber();
        String again =
                port.submitEApplication(crisisApplication(key)).getAccepted().getRegistrationNumber();

        assertEquals(first, again);
        assertEquals("1", single("SELECT COUNT(*) FROM application WHERE submission_key = ?", "viss:" + key));
    }

    @Test
    void businessErrorsListEveryProblemAndStoreNothing() throws Exception {
        long before = applications();
        EApplicationIntakePort port = client();
        headers(port, UUID.randomUUID().toString());

        SubmitEApplication unknownType = crisisApplication(UUID.randomUUID().toString());
        unknownType.setApplicationTypeCode("NO_SUCH_TYPE");
        assertEquals(Set.of("type.unknown"), codes(port.submitEApplication(unknownType)));

        SubmitEApplication invalid = crisisApplication(UUID.randomUUID().toString());
        invalid.getApplicant().setPersonalCode("140385-12713");
        invalid.getAnswer().removeIf(answer -> answer.getFieldCode().equals("crisis_description"));
        invalid.getAnswer().stream()
                .filter(a -> a.getFieldCode().equals("amount_requested"))
                .forEach(a -> a.setValue("500"));
        invalid.getAnswer().add(answer("no_such_question", "x"));
        SubmitEApplicationResponse rejected = port.submitEApplication(invalid);

        assertNull(rejected.getAccepted());
        assertEquals(
                Set.of(
                        "applicant.personalCode:personalCode.checkDigit",
                        "crisis_description:field.required",
                        "amount_requested:field.max",
                        "no_such_question:field.unknown"),
                problems(rejected).stream()
                        .map(p -> p.getField() + ":" + p.getCode())
                        .collect(Collectors.toSet()));
        assertTrue(problems(rejected).stream().allMatch(p -> !p.getMessage().isBlank()), "each problem is explained");

        SubmitEApplication program = crisisApplication(UUID.randomUUID().toString());
        program.getAttachment()
                .add(attachment("rēķins.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Set.of("attachment.type"), codes(port.submitEApplication(program)));

        assertEquals(before, applications(), "nothing is stored from a refused e-application");
    }

    @Test
    void aMessageWithoutHeadersIsASoapFaultAndIsLogged() throws Exception {
        long before = applications();
        EApplicationIntakePort port = client();

        SOAPFaultException fault = assertThrows(
                SOAPFaultException.class,
                () -> port.submitEApplication(
                        crisisApplication(UUID.randomUUID().toString())));

        assertTrue(fault.getMessage().contains("X-Road headers"), fault.getMessage());
        assertEquals(before, applications());
        assertTrue(
                Long.parseLong(single(
                                "SELECT COUNT(*) FROM message_log WHERE direction = 'IN' AND outcome = 'REFUSED'"
                                        + " AND detail LIKE ?",
                                "%X-Road headers%"))
                        >= 1,
                "the refusal is logged");
    }

    @Test
    void unsignedWronglySignedAndStaleRequestsAreRefusedAndLogged() throws Exception {
        long before = applications();
        for (Signer signer : List.of(Signer.none(), Signer.untrusted(), Signer.stale())) {
            EApplicationIntakePort port = client(signer);
            String messageId = UUID.randomUUID().toString();
            headers(port, messageId);

            SOAPFaultException fault = assertThrows(
                    SOAPFaultException.class,
                    () -> port.submitEApplication(
                            crisisApplication(UUID.randomUUID().toString())),
                    signer.toString());

            assertTrue(
                    fault.getMessage()
                            .toLowerCase(java.util.Locale.ROOT)
                            .matches(".*(security|signature|expired|timestamp).*"),
                    signer + ": " + fault.getMessage());
        }
        assertEquals(before, applications(), "nothing stored from a refused message");
        assertTrue(
                Long.parseLong(single(
                                "SELECT COUNT(*) FROM message_log WHERE direction = 'IN' AND outcome = 'REFUSED'"
                                        + " AND started_at > NOW() - INTERVAL 1 HOUR AND ? = ?",
                                "1"))
                        >= 3,
                "each refusal is logged");
    }

    @Test
    void externalEntitiesDtdsAndEntityExpansionAreRefused() throws Exception {
        long before = applications();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<i:GetApplicationStatus><i:registrationNumber>&x;</i:registrationNumber>"
                        + "<i:personalCode>140385-12712</i:personalCode></i:GetApplicationStatus>");
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                        + envelope("<i:GetApplicationStatus><i:registrationNumber>&d;</i:registrationNumber>"
                                + "<i:personalCode>140385-12712</i:personalCode></i:GetApplicationStatus>");

        for (String attack : List.of(xxe, laughs)) {
            HttpResponse<String> response = post(attack);
            assertEquals(500, response.statusCode(), response.body());
            assertTrue(response.body().contains("Fault") && response.body().contains("DTD"), response.body());
            assertFalse(response.body().contains("root:"), "no file content leaks");
            assertFalse(response.body().contains("aaaaaaaaaaaaaaaaaaaa"), "no entity was expanded");
        }
        assertEquals(before, applications());
    }

    @Test
    void oversizedDeepAndSchemaInvalidMessagesAreRefused() throws Exception {
        long before = applications();

        HttpResponse<String> tooLarge = post(envelope("<i:GetApplicationStatus><i:registrationNumber>"
                + "x".repeat(5 * 1024 * 1024) + "</i:registrationNumber></i:GetApplicationStatus>"));
        assertEquals(413, tooLarge.statusCode(), "over 4 MB");

        String deep = "<i:x>".repeat(200) + "</i:x>".repeat(200);
        String tooDeep = signedFault("<i:GetApplicationStatus xmlns:i=\"http://socialais.lv/intake/v1\">" + deep
                + "</i:GetApplicationStatus>");
        assertTrue(tooDeep.toLowerCase(java.util.Locale.ROOT).contains("depth"), tooDeep);

        String invalid = signedFault("<i:GetApplicationStatus xmlns:i=\"http://socialais.lv/intake/v1\">"
                + "<i:unexpected>1</i:unexpected></i:GetApplicationStatus>");
        assertTrue(invalid.contains("Unmarshalling") || invalid.contains("cvc-"), invalid);

        assertEquals(before, applications());
    }

    @Test
    void registersAskForTheStatusOfAnApplicationAndOfAHousehold() throws Exception {
        EApplicationIntakePort port = client();
        headers(port, UUID.randomUUID().toString());
        String number = port.submitEApplication(
                        crisisApplication(UUID.randomUUID().toString()))
                .getAccepted()
                .getRegistrationNumber();

        GetApplicationStatus status = new GetApplicationStatus();
        status.setRegistrationNumber(number);
        status.setPersonalCode(JANIS);
        GetApplicationStatusResponse found = port.getApplicationStatus(status);
        assertTrue(found.isFound());
        assertEquals("REGISTERED", found.getStatus());
        assertNotNull(found.getDecisionDeadline());

        status.setPersonalCode("010190-12349");
        assertFalse(port.getApplicationStatus(status).isFound(), "only the people it concerns may be told");

        GetHouseholdStatus household = new GetHouseholdStatus();
        household.setPersonalCode("290179-12639");
        household.setOnDate(LocalDate.now(ZoneId.of("Europe/Riga")));
        assertEquals(HouseholdStatus.NONE, port.getHouseholdStatus(household).getStatus());
    }

    /** The state portal's client: MTOM, and requests signed with the state portal's key. */
    private EApplicationIntakePort client() {
        return client(Signer.statePortal());
    }

    private EApplicationIntakePort client(Signer signer) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(EApplicationIntakePort.class);
        factory.setAddress(portal.toExternalForm() + "soap/intake");
        factory.setProperties(new java.util.HashMap<>(java.util.Map.of("mtom-enabled", Boolean.TRUE)));
        signer.interceptors().forEach(factory.getOutInterceptors()::add);
        return (EApplicationIntakePort) factory.create();
    }

    private static void headers(EApplicationIntakePort port, String messageId) {
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance("LV");
        client.setMemberClass("GOV");
        client.setMemberCode("90001733697");
        client.setSubsystemCode("latvija-lv");
        XRoadServiceIdentifier service = new XRoadServiceIdentifier();
        service.setXRoadInstance("LV");
        service.setMemberClass("GOV");
        service.setMemberCode("90000000000");
        service.setSubsystemCode("socialais");
        service.setServiceCode("SubmitEApplication");
        service.setServiceVersion("v1");
        ((BindingProvider) port)
                .getRequestContext()
                .put(
                        Header.HEADER_LIST,
                        new XRoadHeaders(
                                        client,
                                        service,
                                        messageId,
                                        "LV01019012349",
                                        null,
                                        XRoadHeaders.PROTOCOL_VERSION)
                                .toSoapHeaders());
    }

    /** A valid crisis benefit e-application of Jānis Bērziņš, filed under the submission key. */
    static SubmitEApplication crisisApplication(String key) {
        SubmitEApplication request = new SubmitEApplication();
        request.setEServiceUrn("URN:IVIS:100001:EP.DA-DA29-V1-0");
        request.setSubmissionKey(key);
        Applicant applicant = new Applicant();
        applicant.setPersonalCode(JANIS);
        applicant.setFirstName("Jānis");
        applicant.setLastName("Bērziņš");
        request.setApplicant(applicant);
        request.setApplicationTypeCode("CRISIS_BENEFIT");
        request.getAnswer()
                .addAll(List.of(
                        answer("crisis_type", "FIRE"),
                        answer("crisis_description", "Nodega šķūnis."),
                        answer(
                                "crisis_date",
                                LocalDate.now(ZoneId.of("Europe/Riga")).toString()),
                        answer("amount_requested", "100"),
                        answer("iban", "LV80BANK0000435195001")));
        request.setNoIncomeDeclared(true);
        request.setConsentGiven(true);
        return request;
    }

    private static Answer answer(String code, String value) {
        Answer answer = new Answer();
        answer.setFieldCode(code);
        answer.setValue(value);
        return answer;
    }

    private static Attachment attachment(String name, byte[] content) {
        Attachment attachment = new Attachment();
        attachment.setFileName(name);
        attachment.setContent(new DataHandler(new jakarta.activation.DataSource() {
            @Override
            public java.io.InputStream getInputStream() {
                return new java.io.ByteArrayInputStream(content);
            }

            @Override
            public java.io.OutputStream getOutputStream() throws java.io.IOException {
                throw new java.io.IOException("read only");
            }

            @Override
            public String getContentType() {
                return "application/octet-stream";
            }

            @Override
            public String getName() {
                return name;
            }
        }));
        return attachment;
    }

    private static List<Problem> problems(SubmitEApplicationResponse response) {
        return response.getRejected() == null
                ? List.of()
                : response.getRejected().getProblem();
    }

    private static Set<String> codes(SubmitEApplicationResponse response) {
        return problems(response).stream().map(Problem::getCode).collect(Collectors.toSet());
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"http://socialais.lv/xroad/v1\""
                + " xmlns:i=\"http://socialais.lv/intake/v1\"><soap:Header>"
                + "<x:client><x:xRoadInstance>LV</x:xRoadInstance><x:memberClass>GOV</x:memberClass><x:memberCode>1</x:memberCode>"
                + "<x:subsystemCode>t</x:subsystemCode></x:client><x:service><x:xRoadInstance>LV</x:xRoadInstance>"
                + "<x:memberClass>GOV</x:memberClass><x:memberCode>2</x:memberCode><x:serviceCode>GetApplicationStatus</x:serviceCode>"
                + "</x:service><x:id>" + UUID.randomUUID() + "</x:id><x:userId>LV01019012349</x:userId>"
                + "<x:protocolVersion>4.0</x:protocolVersion></soap:Header><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    /** Sends a signed request with the given body and returns the fault it gets. */
    private String signedFault(String payload) {
        jakarta.xml.ws.Service service = jakarta.xml.ws.Service.create(
                new javax.xml.namespace.QName("http://socialais.lv/intake/v1", "EApplicationIntakeService"));
        javax.xml.namespace.QName portName =
                new javax.xml.namespace.QName("http://socialais.lv/intake/v1", "EApplicationIntakeSoap");
        service.addPort(
                portName, jakarta.xml.ws.soap.SOAPBinding.SOAP11HTTP_BINDING, portal.toExternalForm() + "soap/intake");
        jakarta.xml.ws.Dispatch<javax.xml.transform.Source> dispatch =
                service.createDispatch(portName, javax.xml.transform.Source.class, jakarta.xml.ws.Service.Mode.PAYLOAD);
        org.apache.cxf.endpoint.Client client = ((org.apache.cxf.jaxws.DispatchImpl<?>) dispatch).getClient();
        Signer.statePortal().interceptors().forEach(client.getOutInterceptors()::add);
        XRoadClientIdentifier caller = new XRoadClientIdentifier();
        caller.setXRoadInstance("LV");
        caller.setMemberClass("GOV");
        caller.setMemberCode("90001733697");
        XRoadServiceIdentifier service2 = new XRoadServiceIdentifier();
        service2.setXRoadInstance("LV");
        service2.setMemberClass("GOV");
        service2.setMemberCode("90000000000");
        service2.setServiceCode("GetApplicationStatus");
        dispatch.getRequestContext()
                .put(
                        Header.HEADER_LIST,
                        new XRoadHeaders(
                                        caller,
                                        service2,
                                        UUID.randomUUID().toString(),
                                        "LV01019012349",
                                        null,
                                        XRoadHeaders.PROTOCOL_VERSION)
                                .toSoapHeaders());
        SOAPFaultException fault = assertThrows(
                SOAPFaultException.class,
                () -> dispatch.invoke(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(payload))));
        return fault.getMessage();
    }

    private HttpResponse<String> post(String message) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(portal.toExternalForm() + "soap/intake"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(message))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long applications() throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM application WHERE ? = ?", "1"));
    }

    private static String single(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int count = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= count; i++) {
                statement.setString(i, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
