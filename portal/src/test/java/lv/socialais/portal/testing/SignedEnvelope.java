package lv.socialais.portal.testing;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import lv.socialais.integration.xroad.XRoadHeaders;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.CryptoFactory;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A SOAP request to our intake written and signed by hand (WSS4J), so that an attack test
 * chooses exactly what the signature covers and what it changes afterwards, and can send the
 * very same bytes twice.
 */
public final class SignedEnvelope {

    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The state portal's X-Road client (member and subsystem), granted every operation. */
    public static final String[] STATE_PORTAL = {"90001733697", "latvija-lv"};
    /** A register's client granted only GetHouseholdStatus (the development consumers table). */
    public static final String[] VSAA = {"90009113532", "sociala-apdrosinasana"};

    private SignedEnvelope() {}

    /**
     * The body of an e-application of the state portal: a GMI of a household of two with a
     * pension (application, answers, a member, an income), under the submission key given.
     */
    public static String gmiEApplication(String submissionKey) {
        return "<i:SubmitEApplication><i:eServiceUrn>URN:IVIS:100001:EP.DA-DA29-V1-0</i:eServiceUrn>"
                + "<i:submissionKey>" + submissionKey + "</i:submissionKey>"
                + "<i:applicant><i:personalCode>290179-12639</i:personalCode><i:firstName>Edgars</i:firstName>"
                + "<i:lastName>Kalējs</i:lastName></i:applicant><i:applicationTypeCode>GMI_BENEFIT</i:applicationTypeCode>"
                + "<i:answer><i:fieldCode>needy_status</i:fieldCode><i:value>APPLYING_NOW</i:value></i:answer>"
                + "<i:answer><i:fieldCode>working_age_members_count</i:fieldCode><i:value>1</i:value></i:answer>"
                + "<i:answer><i:fieldCode>situation_description</i:fieldCode><i:value>Slodzes tests.</i:value></i:answer>"
                + "<i:answer><i:fieldCode>iban</i:fieldCode><i:value>LV80BANK0000435195001</i:value></i:answer>"
                + "<i:householdMember><i:personalCode>311299-10008</i:personalCode><i:firstName>Anna</i:firstName>"
                + "<i:lastName>Kalēja</i:lastName><i:relation>PARTNER</i:relation></i:householdMember>"
                + "<i:income><i:earnerPersonalCode>311299-10008</i:earnerPersonalCode><i:incomeType>PENSION</i:incomeType>"
                + "<i:amountLast3Months>420.00</i:amountLast3Months></i:income>"
                + "<i:noIncomeDeclared>false</i:noIncomeDeclared><i:consentGiven>true</i:consentGiven></i:SubmitEApplication>";
    }

    /** {@link #gmiEApplication} in an envelope of the state portal, signed over the body and every header. */
    public static String signedGmiEApplication(String submissionKey) throws Exception {
        return signFully(envelope(STATE_PORTAL, "SubmitEApplication", gmiEApplication(submissionKey)), "state-portal");
    }

    /** A household status query of the state portal's client with a new message id. */
    public static String householdStatusQuery(String personalCode) {
        return envelope(
                STATE_PORTAL,
                "GetHouseholdStatus",
                "<i:GetHouseholdStatus><i:personalCode>" + personalCode
                        + "</i:personalCode><i:onDate>2026-12-01</i:onDate></i:GetHouseholdStatus>");
    }

    /** A request of the client (member code, subsystem) to the operation, with a new message id. */
    public static String envelope(String[] client, String operation, String body) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\" xmlns:x=\"" + XRoadHeaders.NAMESPACE + "\""
                + " xmlns:i=\"http://socialais.lv/intake/v1\"><soap:Header>"
                + "<x:client><x:xRoadInstance>LV</x:xRoadInstance><x:memberClass>GOV</x:memberClass>"
                + "<x:memberCode>" + client[0] + "</x:memberCode><x:subsystemCode>" + client[1]
                + "</x:subsystemCode></x:client>"
                + "<x:service><x:xRoadInstance>LV</x:xRoadInstance><x:memberClass>GOV</x:memberClass>"
                + "<x:memberCode>90000000000</x:memberCode><x:subsystemCode>socialais</x:subsystemCode>"
                + "<x:serviceCode>" + operation + "</x:serviceCode><x:serviceVersion>v1</x:serviceVersion></x:service>"
                + "<x:id>" + UUID.randomUUID() + "</x:id><x:userId>LV01019012349</x:userId>"
                + "<x:protocolVersion>4.0</x:protocolVersion></soap:Header><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    /** Signed with the state portal's key over the timestamp and the parts named ("Body", or X-Road header names). */
    public static String sign(String envelope, List<String> parts) throws Exception {
        return sign(envelope, parts, "state-portal");
    }

    /** Signed with a development key (state-portal, vsaa-consumer, socialais) over the timestamp, the body and every header. */
    public static String signFully(String envelope, String key) throws Exception {
        return sign(envelope, List.of("Body", "client", "service", "id", "userId", "protocolVersion"), key);
    }

    private static String sign(String envelope, List<String> parts, String key) throws Exception {
        WSSConfig.init();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(envelope)));
        WSSecHeader security = new WSSecHeader(document);
        security.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(security);
        timestamp.setTimeToLive(300);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(security);
        signature.setUserInfo(key, "development");
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        signature.setDigestAlgo("http://www.w3.org/2001/04/xmlenc#sha256");
        signature.getParts().add(new WSEncryptionPart(timestamp.getId()));
        for (String part : parts) {
            signature
                    .getParts()
                    .add(
                            part.equals("Body")
                                    ? new WSEncryptionPart("Body", SOAP, "Content")
                                    : new WSEncryptionPart(part, XRoadHeaders.NAMESPACE, "Element"));
        }
        signature.build(developmentKey(key));
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    /** Each development key read once: a PKCS12 store costs a key derivation per read, and the benchmark signs thousands. */
    private static final java.util.Map<String, Crypto> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Crypto developmentKey(String key) throws Exception {
        Crypto known = KEYS.get(key);
        if (known == null) {
            known = readDevelopmentKey(key);
            KEYS.put(key, known);
        }
        return known;
    }

    private static Crypto readDevelopmentKey(String key) throws Exception {
        Properties crypto = new Properties();
        crypto.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.password", "development");
        crypto.put(
                "org.apache.wss4j.crypto.merlin.keystore.file",
                Path.of(Optional.ofNullable(System.getProperty("WSS_TRUSTSTORE"))
                                .orElseGet(() -> System.getenv("WSS_TRUSTSTORE")))
                        .resolveSibling(key + ".p12")
                        .toString());
        return CryptoFactory.getInstance(crypto);
    }
}
