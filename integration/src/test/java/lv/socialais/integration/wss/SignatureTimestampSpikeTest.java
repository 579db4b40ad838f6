package lv.socialais.integration.wss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import lv.socialais.integration.pmlp.v1.GetPerson;
import lv.socialais.integration.pmlp.v1.GetPersonResponse;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddress;
import lv.socialais.integration.pmlp.v1.GetPersonsAtAddressResponse;
import lv.socialais.integration.pmlp.v1.PopulationRegisterPort;
import lv.socialais.integration.pmlp.v1.PopulationRegisterService;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spike (profile wss-spike): CXF's WSS4J "Timestamp Signature" with X.509 keys works without
 * OpenSAML, which only the Shibboleth repository serves. A PMLP endpoint on a real HTTP server
 * (CXF's Undertow transport: the Jetty one is not on Maven Central) requires a signed and
 * timestamped request; a client signs with a key pair made by keytool at test time.
 */
class SignatureTimestampSpikeTest {

    private static final String PASSWORD = "changeit";
    private static final String ALIAS = "socialais";
    private static final CallbackHandler PASSWORDS = callbacks -> {
        for (Callback callback : callbacks) {
            ((WSPasswordCallback) callback).setPassword(PASSWORD);
        }
    };

    private static Path trusted;
    private static Path untrusted;
    private static String address;
    private static Server server;
    private static final List<Set<Integer>> VERIFIED_ACTIONS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSignedEndpoint() throws Exception {
        trusted = keyStore("trusted");
        untrusted = keyStore("untrusted");
        try (ServerSocket socket = new ServerSocket(0)) {
            address = "http://localhost:" + socket.getLocalPort() + "/pmlp";
        }
        Map<String, Object> in = new HashMap<>();
        in.put(WSHandlerConstants.ACTION, "Timestamp Signature");
        in.put(WSHandlerConstants.SIG_VER_PROP_REF_ID, "verification");
        in.put("verification", crypto(trusted));
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setServiceClass(PopulationRegisterPort.class);
        factory.setServiceBean(new KnowsNobody());
        factory.setWsdlLocation("classpath:wsdl/pmlp-v1.wsdl");
        factory.setServiceName(PopulationRegisterService.SERVICE);
        factory.setEndpointName(PopulationRegisterService.PopulationRegisterSoap);
        factory.setAddress(address);
        factory.getInInterceptors().add(new WSS4JInInterceptor(in));
        factory.getInInterceptors().add(new RecordVerifiedActions());
        server = factory.create();
    }

    @AfterAll
    static void stop() {
        server.destroy();
    }

    @Test
    void aSignedTimestampedRequestIsVerifiedAndAnswered() {
        PopulationRegisterPort pmlp = client(signing(trusted));

        GetPersonResponse response = pmlp.getPerson(request());

        assertEquals(false, response.isFound());
        assertTrue(VERIFIED_ACTIONS.stream().anyMatch(a -> a.containsAll(Set.of(WSConstants.SIGN, WSConstants.TS))),
                "verified actions: " + VERIFIED_ACTIONS);
    }

    @Test
    void anUnsignedRequestIsRefused() {
        PopulationRegisterPort pmlp = client(null);

        assertThrows(SOAPFaultException.class, () -> pmlp.getPerson(request()));
    }

    @Test
    void aRequestSignedWithAnUnknownKeyIsRefused() {
        PopulationRegisterPort pmlp = client(signing(untrusted));

        assertThrows(SOAPFaultException.class, () -> pmlp.getPerson(request()));
    }

    private static PopulationRegisterPort client(Map<String, Object> signing) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(PopulationRegisterPort.class);
        factory.setAddress(address);
        if (signing != null) {
            factory.getOutInterceptors().add(new WSS4JOutInterceptor(signing));
        }
        return factory.create(PopulationRegisterPort.class);
    }

    private static Map<String, Object> signing(Path keyStore) {
        Map<String, Object> out = new HashMap<>();
        out.put(WSHandlerConstants.ACTION, "Timestamp Signature");
        out.put(WSHandlerConstants.USER, ALIAS);
        out.put(WSHandlerConstants.SIG_KEY_ID, "DirectReference");
        out.put(WSHandlerConstants.SIG_PROP_REF_ID, "signing");
        out.put("signing", crypto(keyStore));
        out.put(WSHandlerConstants.PW_CALLBACK_REF, PASSWORDS);
        return out;
    }

    private static GetPerson request() {
        GetPerson request = new GetPerson();
        request.setPersonalCode("01019012349");
        return request;
    }

    /** A PKCS#12 key store with one self-signed RSA key pair, made by the JDK's keytool. */
    private static Path keyStore(String name) throws IOException, InterruptedException {
        Path file = Path.of("target", "wss-spike-" + name + ".p12");
        Files.deleteIfExists(file);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + name + ", O=Socialais test, C=LV", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(System.out);
        assertEquals(0, keytool.waitFor(), "keytool");
        return file;
    }

    private static Properties crypto(Path keyStore) {
        Properties properties = new Properties();
        properties.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.password", PASSWORD);
        properties.put("org.apache.wss4j.crypto.merlin.keystore.file", keyStore.toAbsolutePath().toString());
        return properties;
    }

    private static final class KnowsNobody implements PopulationRegisterPort {
        @Override
        public GetPersonResponse getPerson(GetPerson parameters) {
            return new GetPersonResponse();
        }

        @Override
        public GetPersonsAtAddressResponse getPersonsAtAddress(GetPersonsAtAddress parameters) {
            return new GetPersonsAtAddressResponse();
        }
    }

    private static final class RecordVerifiedActions extends AbstractPhaseInterceptor<Message> {
        RecordVerifiedActions() {
            super(Phase.PRE_INVOKE);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleMessage(Message message) {
            List<WSHandlerResult> results = (List<WSHandlerResult>) message.get(WSHandlerConstants.RECV_RESULTS);
            if (results != null) {
                VERIFIED_ACTIONS.add(results.stream().flatMap(r -> r.getActionResults().keySet().stream())
                        .collect(Collectors.toSet()));
            }
        }
    }
}
