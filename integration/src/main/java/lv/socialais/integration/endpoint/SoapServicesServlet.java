package lv.socialais.integration.endpoint;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import lv.socialais.integration.consumer.SoapConsumers;
import lv.socialais.integration.intake.EApplicationIntake;
import lv.socialais.integration.intake.v1.EApplicationIntakePort;
import lv.socialais.integration.messagelog.IncomingDigestInterceptor;
import lv.socialais.integration.messagelog.OutgoingDigestInterceptor;
import lv.socialais.integration.wss.WsSecurity;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Our inbound SOAP services, published with CXF (Payara Micro has no JAX-WS runtime of its
 * own): the e-application intake at /soap/intake. Requests must be signed and timestamped
 * (WS-Security, see {@link WsSecurity}), by a consumer the table SOAP_CONSUMERS allows the
 * operation (see {@link ConsumerAuthorization}). Messages are schema-validated, limited to
 * 4 MB as in VISS, and parsed by CXF's hardened StAX reader, which refuses DTDs, external
 * entities and entity expansion, and limits depth and size of elements.
 */
public class SoapServicesServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapServicesServlet.class.getName());

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
        WsSecurity wsSecurity = new WsSecurity(ConfigProvider.getConfig());
        factory.getInInterceptors().add(new IncomingDigestInterceptor());
        factory.getInInterceptors().addAll(wsSecurity.verification());
        factory.getInInterceptors().add(new XRoadHeadersInInterceptor());
        factory.getOutInterceptors().add(new OutgoingDigestInterceptor());
        factory.getOutInterceptors().add(new XRoadHeadersOutInterceptor());
        factory.getOutFaultInterceptors().add(new OutgoingDigestInterceptor());
        factory.getOutInterceptors().add(new InboundMessageLogInterceptor("intake"));
        factory.getOutFaultInterceptors().add(new InboundMessageLogInterceptor("intake"));
        Server server = factory.create();
        server.getEndpoint()
                .getInInterceptors()
                .add(new ConsumerAuthorization(consumers(server), wsSecurity.required()));
    }

    /** The consumers table of SOAP_CONSUMERS; a bad one stops the deployment with its line and problem. */
    private static SoapConsumers consumers(Server server) {
        Set<String> operations = server.getEndpoint().getEndpointInfo().getBinding().getOperations().stream()
                .map(operation -> operation.getName().getLocalPart())
                .collect(Collectors.toCollection(TreeSet::new));
        SoapConsumers consumers = SoapConsumers.from(
                ConfigProvider.getConfig()
                        .getOptionalValue("SOAP_CONSUMERS", String.class)
                        .filter(file -> !file.isBlank()),
                operations);
        if (consumers.size() == 0) {
            LOG.warning("SOAP_CONSUMERS is not set: every call of the SOAP services is refused");
        } else {
            LOG.info(() -> "SOAP services open to " + consumers);
        }
        return consumers;
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
        properties.putAll(WsSecurity.endpointProperties());
        return properties;
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (request.getContentLengthLong() > MAX_MESSAGE_BYTES) {
            try {
                response.sendError(
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "A message may not exceed " + MAX_MESSAGE_BYTES + " bytes");
            } catch (IOException e) {
                throw new ServletException(e);
            }
            return;
        }
        super.invoke(new LimitedRequest(request, MAX_MESSAGE_BYTES), response);
    }
}
