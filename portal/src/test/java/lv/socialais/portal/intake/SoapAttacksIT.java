package lv.socialais.portal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.intake.v1.GetHouseholdStatus;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.SignedEnvelope;
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
 * Our SOAP services tried as an attacker holding a trusted certificate, or a copy of a signed
 * message, would: the consumers table, the signature's coverage and replays (refused by the
 * message id in the database, which every node shares; WSS4J's per-node caches are off). Every refusal is a
 * SOAP fault, is in the message log by the time the sender has the answer, and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SoapAttacksIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern MESSAGE_ID = Pattern.compile("<x:id[^>]*>([^<]+)</x:id>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL portal;

    @Test
    void aConsumerGrantedOnlyTheHouseholdStatusCannotFileOrAskAboutApplications() throws Exception {
        EApplicationIntakePort vsaa = client(Signer.vsaaConsumer(), vsaaClient(), "GetHouseholdStatus");
        assertEquals(
                "NONE", vsaa.getHouseholdStatus(householdQuery()).getStatus().name(), "its grant works");

        long before = applications();
        EApplicationIntakePort filing = client(Signer.vsaaConsumer(), vsaaClient(), "SubmitEApplication");
        SOAPFaultException refused = assertThrows(
                SOAPFaultException.class,
                () -> filing.submitEApplication(
                        IntakeIT.crisisApplication(UUID.randomUUID().toString())));

        assertTrue(refused.getMessage().contains("may not call SubmitEApplication"), refused.getMessage());
        assertEquals(before, applications(), "nothing filed");
        assertEquals("REFUSED", lastInbound("outcome"));
        assertTrue(lastInbound("detail").contains("may not call SubmitEApplication"));
    }

    @Test
    void aClientHeaderThatIsNotTheSigningCertificatesConsumerIsRefused() throws Exception {
        long before = applications();
        // The state portal's certificate, claiming to be the VSAA consumer in the header.
        EApplicationIntakePort forged = client(Signer.statePortal(), vsaaClient(), "SubmitEApplication");

        SOAPFaultException refused = assertThrows(
                SOAPFaultException.class,
                () -> forged.submitEApplication(
                        IntakeIT.crisisApplication(UUID.randomUUID().toString())));

        assertTrue(refused.getMessage().contains("does not match the signing certificate"), refused.getMessage());
        assertEquals(before, applications());
        assertEquals("REFUSED", lastInbound("outcome"));
    }

    @Test
    void aTrustedCertificateThatIsNoConsumerIsRefused() throws Exception {
        EApplicationIntakePort stranger =
                client(Signer.trustedButNoConsumer(), statePortalClient(), "GetHouseholdStatus");

        SOAPFaultException refused =
                assertThrows(SOAPFaultException.class, () -> stranger.getHouseholdStatus(householdQuery()));

        assertTrue(refused.getMessage().contains("not a configured consumer"), refused.getMessage());
        assertEquals("REFUSED", lastInbound("outcome"));
    }

    @Test
    void aMessageSignedOverAllItsPartsIsAccepted() throws Exception {
        String signed = SignedEnvelope.signFully(SignedEnvelope.householdStatusQuery("290179-12639"), "state-portal");

        HttpResponse<String> answer = post(signed);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("NONE"), answer.body());
        assertEquals(
                HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(answer.body().getBytes(StandardCharsets.UTF_8))),
                query(
                        "SELECT response_sha256 FROM message_log WHERE direction = 'IN' AND message_id = ?",
                        messageId(signed)),
                "logged, as the answer arrives, with the hash of the whole answer");
    }

    @Test
    void aBodyAlteredAfterATimestampOnlySignatureIsRefused() throws Exception {
        String signed = SignedEnvelope.sign(SignedEnvelope.householdStatusQuery("290179-12639"), List.of());
        String altered = signed.replace("290179-12639", "140385-12712");

        HttpResponse<String> answer = post(altered);

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("Fault"), answer.body());
        assertEquals(0, logged(messageId(signed), "OK"), "the query was not answered");
    }

    @Test
    void aHeaderAlteredAfterASignatureThatLeftItOutIsRefused() throws Exception {
        String signed = SignedEnvelope.sign(
                SignedEnvelope.householdStatusQuery("290179-12639"),
                List.of("Body", "client", "service", "id", "protocolVersion"));
        String altered = signed.replace("LV01019012349", "LV29017912639");

        HttpResponse<String> answer = post(altered);

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("Fault"), answer.body());
        assertEquals(0, logged(messageId(signed), "OK"), "the query was not answered");
    }

    @Test
    void aSecondUnsignedCopyOfASignedHeaderIsRefused() throws Exception {
        String signed = SignedEnvelope.signFully(SignedEnvelope.householdStatusQuery("290179-12639"), "state-portal");
        String doubled = signed.replaceFirst("<soap:Header>", "<soap:Header><x:userId>LV29017912639</x:userId>");

        HttpResponse<String> answer = post(doubled);

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("Fault"), answer.body());
        assertEquals(0, logged(messageId(signed), "OK"), "the query was not answered");
    }

    @Test
    void aReplayOfASignedMessageIsRefused() throws Exception {
        String signed = SignedEnvelope.signFully(SignedEnvelope.householdStatusQuery("290179-12639"), "state-portal");
        assertEquals(200, post(signed).statusCode());

        HttpResponse<String> replay = post(signed);

        assertEquals(500, replay.statusCode());
        assertTrue(replay.body().contains("a replay"), replay.body());
        assertEquals(1, logged(messageId(signed), "OK"), "answered once");
        assertEquals(1, logged(messageId(signed), "REFUSED"), "the replay is in the message log");
    }

    private EApplicationIntakePort client(Signer signer, XRoadClientIdentifier caller, String serviceCode) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(EApplicationIntakePort.class);
        factory.setAddress(portal.toExternalForm() + "soap/intake");
        signer.interceptors().forEach(factory.getOutInterceptors()::add);
        EApplicationIntakePort port = (EApplicationIntakePort) factory.create();
        XRoadServiceIdentifier service = new XRoadServiceIdentifier();
        service.setXRoadInstance("LV");
        service.setMemberClass("GOV");
        service.setMemberCode("90000000000");
        service.setServiceCode(serviceCode);
        ((BindingProvider) port)
                .getRequestContext()
                .put(
                        Header.HEADER_LIST,
                        new XRoadHeaders(
                                        caller,
                                        service,
                                        UUID.randomUUID().toString(),
                                        "LV01019012349",
                                        null,
                                        XRoadHeaders.PROTOCOL_VERSION)
                                .toSoapHeaders());
        return port;
    }

    private static XRoadClientIdentifier vsaaClient() {
        return client("90009113532", "sociala-apdrosinasana");
    }

    private static XRoadClientIdentifier statePortalClient() {
        return client("90001733697", "latvija-lv");
    }

    private static XRoadClientIdentifier client(String memberCode, String subsystem) {
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance("LV");
        client.setMemberClass("GOV");
        client.setMemberCode(memberCode);
        client.setSubsystemCode(subsystem);
        return client;
    }

    private static GetHouseholdStatus householdQuery() {
        GetHouseholdStatus query = new GetHouseholdStatus();
        query.setPersonalCode("290179-12639");
        query.setOnDate(LocalDate.now(ZoneId.of("Europe/Riga")));
        return query;
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

    private static String messageId(String envelope) {
        Matcher id = MESSAGE_ID.matcher(envelope);
        assertTrue(id.find());
        return id.group(1);
    }

    private static long applications() throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM application"));
    }

    private static String lastInbound(String column) throws SQLException {
        return query("SELECT " + column + " FROM message_log WHERE direction = 'IN' ORDER BY id DESC LIMIT 1");
    }

    private static long logged(String messageId, String outcome) throws SQLException {
        return Long.parseLong(query(
                "SELECT COUNT(*) FROM message_log WHERE direction = 'IN' AND message_id = ? AND outcome = ?",
                messageId,
                outcome));
    }

    private static String query(String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
