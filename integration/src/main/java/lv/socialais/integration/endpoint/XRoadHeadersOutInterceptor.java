package lv.socialais.integration.endpoint;

import lv.socialais.integration.messagelog.InboundExchange;
import lv.socialais.integration.xroad.XRoadHeaders;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;

/** Echoes the request's X-Road headers in the response, as X-Road responses do. */
public class XRoadHeadersOutInterceptor extends AbstractSoapInterceptor {

    public XRoadHeadersOutInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (message.getExchange().get(InboundExchange.HEADERS) instanceof XRoadHeaders headers) {
            message.getHeaders().addAll(headers.toSoapHeaders());
        }
    }
}
