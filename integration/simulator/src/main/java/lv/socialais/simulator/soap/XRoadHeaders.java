package lv.socialais.simulator.soap;

import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The X-Road header blocks of a request (namespace {@code http://socialais.lv/xroad/v1}), kept
 * as received so that the response repeats them unchanged.
 */
record XRoadHeaders(List<Element> blocks) {

    static final String NAMESPACE = "http://socialais.lv/xroad/v1";

    static final QName CLIENT = name("client");
    static final QName SERVICE = name("service");
    static final QName ID = name("id");
    static final QName USER_ID = name("userId");
    static final QName ISSUE = name("issue");
    static final QName PROTOCOL_VERSION = name("protocolVersion");

    /** The blocks, in the order the contracts list them; issue is the only optional one. */
    static final List<QName> ALL = List.of(CLIENT, SERVICE, ID, USER_ID, ISSUE, PROTOCOL_VERSION);

    private static QName name(String localPart) {
        return new QName(NAMESPACE, localPart);
    }
}
