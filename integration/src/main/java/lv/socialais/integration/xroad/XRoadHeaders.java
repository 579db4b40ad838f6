package lv.socialais.integration.xroad;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import lv.socialais.integration.xroad.v1.ObjectFactory;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;
import lv.socialais.integration.xroad.v1.XRoadServiceIdentifier;
import lv.socialais.integration.xroad.v1.XRoadText;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.w3c.dom.Element;

/**
 * The X-Road-style headers every message carries: who asks (client), what (service with code
 * and version), the message id, the official on whose behalf (userId), our application number
 * (issue) and the protocol version. A response echoes the request's headers.
 */
public record XRoadHeaders(
        XRoadClientIdentifier client,
        XRoadServiceIdentifier service,
        String id,
        String userId,
        String issue,
        String protocolVersion) {

    public static final String NAMESPACE = "http://socialais.lv/xroad/v1";
    public static final String PROTOCOL_VERSION = "4.0";
    private static final ObjectFactory FACTORY = new ObjectFactory();
    private static final JAXBContext CONTEXT = context();

    /** One binding for every header: CXF's binding is safe to share, and costly to make (it loads classes). */
    private static final JAXBDataBinding BINDING = new JAXBDataBinding(CONTEXT);

    /** The headers as CXF SOAP headers, for a request's or a response's header list. */
    public List<Header> toSoapHeaders() {
        List<Header> headers = new ArrayList<>();
        add(headers, FACTORY.createClient(client));
        add(headers, FACTORY.createService(service));
        add(headers, FACTORY.createId(text(id)));
        add(headers, FACTORY.createUserId(text(userId)));
        if (issue != null) {
            add(headers, FACTORY.createIssue(text(issue)));
        }
        add(headers, FACTORY.createProtocolVersion(text(protocolVersion)));
        return headers;
    }

    /**
     * Reads the headers of a received message.
     *
     * @throws InvalidHeadersException naming what is missing or malformed
     */
    public static XRoadHeaders from(List<Header> soapHeaders) {
        XRoadClientIdentifier client =
                value(soapHeaders, "client", XRoadClientIdentifier.class).orElse(null);
        XRoadServiceIdentifier service =
                value(soapHeaders, "service", XRoadServiceIdentifier.class).orElse(null);
        String id = text(soapHeaders, "id");
        String userId = text(soapHeaders, "userId");
        String issue = text(soapHeaders, "issue");
        String protocolVersion = text(soapHeaders, "protocolVersion");
        List<String> problems = new ArrayList<>();
        if (client == null
                || blank(client.getXRoadInstance())
                || blank(client.getMemberClass())
                || blank(client.getMemberCode())) {
            problems.add("client");
        }
        if (service == null || blank(service.getServiceCode()) || blank(service.getMemberCode())) {
            problems.add("service");
        }
        if (blank(id)) {
            problems.add("id");
        }
        if (blank(userId)) {
            problems.add("userId");
        }
        if (!PROTOCOL_VERSION.equals(protocolVersion)) {
            problems.add("protocolVersion");
        }
        if (!problems.isEmpty()) {
            throw new InvalidHeadersException("missing or malformed X-Road headers: " + String.join(", ", problems));
        }
        return new XRoadHeaders(client, service, id, userId, issue, protocolVersion);
    }

    private static String text(List<Header> headers, String localName) {
        return value(headers, localName, XRoadText.class)
                .map(XRoadText::getValue)
                .orElse(null);
    }

    private static XRoadText text(String value) {
        XRoadText text = new XRoadText();
        text.setValue(value);
        return text;
    }

    private static <T> Optional<T> value(List<Header> headers, String localName, Class<T> type) {
        return headers.stream()
                .filter(header -> header.getName().equals(new QName(NAMESPACE, localName)))
                .findFirst()
                .map(header -> unmarshal(header.getObject(), type));
    }

    private static <T> T unmarshal(Object object, Class<T> type) {
        if (type.isInstance(object)) {
            return type.cast(object);
        }
        if (object instanceof JAXBElement<?> element && type.isInstance(element.getValue())) {
            return type.cast(element.getValue());
        }
        if (object instanceof Element element) {
            try {
                return CONTEXT.createUnmarshaller().unmarshal(element, type).getValue();
            } catch (JAXBException e) {
                throw new InvalidHeadersException("malformed X-Road header " + element.getLocalName());
            }
        }
        throw new InvalidHeadersException(
                "malformed X-Road header of type " + object.getClass().getSimpleName());
    }

    private static void add(List<Header> headers, JAXBElement<?> element) {
        headers.add(new Header(element.getName(), element, BINDING));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
