package lv.socialais.integration.endpoint;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import lv.socialais.integration.intake.EApplicationIntake;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.messagelog.IncomingDigestInterceptor;
import lv.socialais.integration.messagelog.OutgoingDigestInterceptor;
import lv.socialais.integration.wss.WsSecurity;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Our inbound SOAP services, published with CXF (Payara Micro has no JAX-WS runtime of its
 * own): the e-application intake at /soap/intake. Requests must be signed and timestamped
 * (WS-Security, see {@link WsSecurity}). Messages are schema-validated, limited to
 * 4 MB as in VISS, and parsed by CXF's hardened StAX reader, which refuses DTDs, external
 * entities and entity expansion, and limits depth and size of elements.
 */
public class SoapServicesServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;

    /** VISS accepts at most 4 MB per request. */
    static final long MAX_MESSAGE_BYTES = 4L * 1024 * 1024;

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        Bus bus = getBus();
        BusFactory.setDefaultBus(bus);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(EApplicationIntakePort.class);
        factory.setServiceBean(CDI.current().select(EApplicationIntake.class).get());
        factory.setAddress("/intake");
        factory.setWsdlLocation("classpath:wsdl/intake-v1.wsdl");
        factory.setProperties(hardening());
        factory.getInInterceptors().add(new IncomingDigestInterceptor());
        new WsSecurity(ConfigProvider.getConfig()).verification().ifPresent(factory.getInInterceptors()::add);
        factory.getInInterceptors().add(new XRoadHeadersInInterceptor());
        factory.getOutInterceptors().add(new OutgoingDigestInterceptor());
        factory.getOutInterceptors().add(new XRoadHeadersOutInterceptor());
        factory.getOutFaultInterceptors().add(new OutgoingDigestInterceptor());
        factory.getOutInterceptors().add(new InboundMessageLogInterceptor("intake"));
        factory.getOutFaultInterceptors().add(new InboundMessageLogInterceptor("intake"));
        factory.create();
    }

    private static Map<String, Object> hardening() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("schema-validation-enabled", "true");
        properties.put("mtom-enabled", Boolean.TRUE);
        properties.put("org.apache.cxf.stax.maxElementDepth", 50);
        properties.put("org.apache.cxf.stax.maxChildElements", 1000);
        properties.put("org.apache.cxf.stax.maxElementCount", 50_000);
        properties.put("org.apache.cxf.stax.maxAttributeCount", 50);
        properties.put("org.apache.cxf.stax.maxTextLength", (int) MAX_MESSAGE_BYTES); // base64 inline without MTOM
        properties.put("org.apache.cxf.stax.allowInsecureParser", "false");
        return properties;
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (request.getContentLengthLong() > MAX_MESSAGE_BYTES) {
            try {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "A message may not exceed " + MAX_MESSAGE_BYTES + " bytes");
            } catch (IOException e) {
                throw new ServletException(e);
            }
            return;
        }
        super.invoke(new LimitedRequest(request, MAX_MESSAGE_BYTES), response);
    }
}
