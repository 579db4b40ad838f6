package lv.socialais.integration.messagelog;

import lv.socialais.integration.xroad.XRoadHeaders;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * What a service implementation tells the message log about the exchange it is serving: whom
 * the message is about, our application number, a business error. Kept on CXF's exchange of
 * the current request.
 */
public final class InboundExchange {

    public static final String HEADERS = "socialais.xroad.headers";
    public static final String SUBJECT = "socialais.subject";
    public static final String ISSUE = "socialais.issue";
    public static final String BUSINESS_ERROR = "socialais.businessError";
    public static final String STARTED = "socialais.started";
    /** Set when the consumers table refused the message. */
    public static final String REFUSED = "socialais.refused";

    private InboundExchange() {}

    /** The calling member and subsystem, from the request's X-Road client header. */
    public static String caller() {
        Object headers = exchange().get(HEADERS);
        if (headers instanceof XRoadHeaders xroad) {
            return xroad.client().getMemberCode() + "/" + xroad.client().getSubsystemCode();
        }
        return "unknown";
    }

    public static void subject(String personalCode) {
        if (personalCode != null) {
            exchange().put(SUBJECT, personalCode.strip().replace("-", ""));
        }
    }

    public static void issue(String registrationNumber) {
        exchange().put(ISSUE, registrationNumber);
    }

    public static void businessError(String detail) {
        exchange().put(BUSINESS_ERROR, detail);
    }

    private static Exchange exchange() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            throw new IllegalStateException("not inside a SOAP exchange");
        }
        return message.getExchange();
    }
}
