package lv.socialais.integration.xroad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import org.apache.cxf.headers.Header;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The X-Road headers, written and read back, and what a received message lacks. */
class XRoadHeadersTest {

    private static final String NS = XRoadHeaders.NAMESPACE;

    @Test
    void theHeadersWeWriteAreReadBackUnchanged() {
        XRoadHeaders sent = headers("SD-2026/000123");

        XRoadHeaders read = XRoadHeaders.from(sent.toSoapHeaders());

        assertEquals("msg-1", read.id());
        assertEquals("LV01019012349", read.userId());
        assertEquals("SD-2026/000123", read.issue());
        assertEquals("4.0", read.protocolVersion());
        assertEquals("90000000000", read.client().getMemberCode());
        assertEquals("GetPerson", read.service().getServiceCode());
    }

    @Test
    void withoutAnApplicationNumberThereIsNoIssueHeader() {
        List<Header> written = headers(null).toSoapHeaders();

        assertEquals(
                List.of("client", "service", "id", "userId", "protocolVersion"),
                written.stream().map(header -> header.getName().getLocalPart()).toList());
    }

    @Test
    void headersAsReceivedFromTheWireAreRead() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .newDocument();
        List<Header> received = new ArrayList<>();
        Element client = element(doc, "client", null);
        Stream.of("xRoadInstance:LV", "memberClass:GOV", "memberCode:90001733697", "subsystemCode:latvija-lv")
                .forEach(part -> client.appendChild(element(doc, part.split(":")[0], part.split(":")[1])));
        Element service = element(doc, "service", null);
        Stream.of("xRoadInstance:LV", "memberClass:GOV", "memberCode:90000000000", "serviceCode:SubmitEApplication")
                .forEach(part -> service.appendChild(element(doc, part.split(":")[0], part.split(":")[1])));
        for (Element element : List.of(
                client,
                service,
                element(doc, "id", "msg-9"),
                element(doc, "userId", "LV01019012349"),
                element(doc, "protocolVersion", "4.0"))) {
            // As a signed message has them: each block with the wsu:Id its signature names.
            element.setAttributeNS(
                    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd",
                    "wsu:Id",
                    "id-" + element.getLocalName());
            received.add(new Header(new javax.xml.namespace.QName(NS, element.getLocalName()), element));
        }

        XRoadHeaders read = XRoadHeaders.from(received);

        assertEquals("msg-9", read.id());
        assertEquals("latvija-lv", read.client().getSubsystemCode());
        assertEquals("SubmitEApplication", read.service().getServiceCode());
    }

    @Test
    void aMessageLackingHeadersIsRefusedNamingEachOne() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .newDocument();
        Element service = element(doc, "service", null);
        Stream.of("xRoadInstance:LV", "memberClass:GOV", "memberCode:90000000000", "serviceCode:GetPerson")
                .forEach(part -> service.appendChild(element(doc, part.split(":")[0], part.split(":")[1])));
        List<Header> received = Stream.of(
                        service,
                        element(doc, "id", " "),
                        element(doc, "userId", "LV01019012349"),
                        element(doc, "protocolVersion", "3.0"))
                .map(element -> new Header(new javax.xml.namespace.QName(NS, element.getLocalName()), element))
                .toList();

        InvalidHeadersException refused =
                assertThrows(InvalidHeadersException.class, () -> XRoadHeaders.from(received));

        assertEquals("missing or malformed X-Road headers: client, id, protocolVersion", refused.getMessage());
    }

    private static XRoadHeaders headers(String issue) {
        XRoadClientIdentifier client = new XRoadClientIdentifier();
        client.setXRoadInstance("LV");
        client.setMemberClass("GOV");
        client.setMemberCode("90000000000");
        client.setSubsystemCode("socialais");
        return new XRoadHeaders(client, service(), "msg-1", "LV01019012349", issue, XRoadHeaders.PROTOCOL_VERSION);
    }

    private static XRoadServiceIdentifier service() {
        XRoadServiceIdentifier service = new XRoadServiceIdentifier();
        service.setXRoadInstance("LV");
        service.setMemberClass("GOV");
        service.setMemberCode("90000001234");
        service.setServiceCode("GetPerson");
        service.setServiceVersion("v1");
        return service;
    }

    private static Element element(Document doc, String name, String text) {
        Element element = doc.createElementNS(NS, "xrd:" + name);
        if (text != null) {
            element.setTextContent(text);
        }
        return element;
    }
}
