package lv.socialais.integration.endpoint;

import java.time.Instant;
import lv.socialais.integration.messagelog.InboundExchange;
import lv.socialais.integration.xroad.InvalidHeadersException;
import lv.socialais.integration.xroad.XRoadHeaders;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;

/** Refuses a request without valid X-Road headers with a SOAP fault, and keeps them for the echo and the log. */
public class XRoadHeadersInInterceptor extends AbstractSoapInterceptor {

    public XRoadHeadersInInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        message.getExchange().putIfAbsent(InboundExchange.STARTED, Instant.now());
        try {
            message.getExchange().put(InboundExchange.HEADERS, XRoadHeaders.from(message.getHeaders()));
        } catch (InvalidHeadersException e) {
            throw new SoapFault(e.getMessage(), message.getVersion().getSender());
        }
    }
}
