package lv.socialais.simulator.soap;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;

/** Puts the request's X-Road headers, unchanged, on the response. */
final class XRoadHeadersOutInterceptor extends AbstractSoapInterceptor {

    XRoadHeadersOutInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exchange exchange = message.getExchange();
        XRoadHeaders headers = exchange == null ? null : exchange.get(XRoadHeaders.class);
        if (headers == null) {
            return;
        }
        for (Element block : headers.blocks()) {
            message.getHeaders().add(new Header(new QName(block.getNamespaceURI(), block.getLocalName()), block));
        }
    }
}
