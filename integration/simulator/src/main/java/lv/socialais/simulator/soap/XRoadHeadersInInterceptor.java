package lv.socialais.simulator.soap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import lv.socialais.simulator.control.FaultControl;
import lv.socialais.simulator.control.FaultMode;
import lv.socialais.simulator.control.Register;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an X-Road security server does before a request reaches a register: refuses, with a
 * SOAP fault, a request without the X-Road headers or with an empty client, service, id or
 * userId, and keeps the headers for the response to echo. Also where a register switched to
 * SOAP_FAULT fails every request.
 */
final class XRoadHeadersInInterceptor extends AbstractSoapInterceptor {

    private static final List<String> IDENTIFIER_PARTS = List.of("xRoadInstance", "memberClass", "memberCode");

    private final Register register;
    private final FaultControl control;

    XRoadHeadersInInterceptor(Register register, FaultControl control) {
        super(Phase.PRE_PROTOCOL);
        this.register = register;
        this.control = control;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (control.settingOf(register).mode() == FaultMode.SOAP_FAULT) {
            throw new SoapFault(
                    "Simulated failure: " + register + " is switched to SOAP_FAULT",
                    message.getVersion().getReceiver());
        }
        Map<QName, Element> blocks = new LinkedHashMap<>();
        for (Header header : message.getHeaders()) {
            if (XRoadHeaders.ALL.contains(header.getName()) && header.getObject() instanceof Element element) {
                blocks.put(header.getName(), element);
            }
        }
        List<String> problems = new ArrayList<>();
        requireIdentifier(blocks, XRoadHeaders.CLIENT, problems);
        requireIdentifier(blocks, XRoadHeaders.SERVICE, problems);
        requireText(blocks, XRoadHeaders.ID, problems);
        requireText(blocks, XRoadHeaders.USER_ID, problems);
        requireText(blocks, XRoadHeaders.PROTOCOL_VERSION, problems);
        if (!problems.isEmpty()) {
            throw new SoapFault(
                    "X-Road headers missing or empty: " + String.join(", ", problems),
                    message.getVersion().getSender());
        }
        List<Element> inOrder = new ArrayList<>();
        for (QName name : XRoadHeaders.ALL) {
            if (blocks.containsKey(name)) {
                inOrder.add(blocks.get(name));
            }
        }
        message.getExchange().put(XRoadHeaders.class, new XRoadHeaders(List.copyOf(inOrder)));
    }

    private static void requireText(Map<QName, Element> blocks, QName name, List<String> problems) {
        Element block = blocks.get(name);
        if (block == null || block.getTextContent().isBlank()) {
            problems.add(name.getLocalPart());
        }
    }

    private static void requireIdentifier(Map<QName, Element> blocks, QName name, List<String> problems) {
        Element block = blocks.get(name);
        if (block == null || !IDENTIFIER_PARTS.stream().allMatch(part -> hasText(block, part))) {
            problems.add(name.getLocalPart());
        }
    }

    private static boolean hasText(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && localName.equals(element.getLocalName())
                    && XRoadHeaders.NAMESPACE.equals(element.getNamespaceURI())) {
                return !element.getTextContent().isBlank();
            }
        }
        return false;
    }
}
