package lv.socialais.integration.client;

import lv.socialais.integration.messagelog.IncomingDigestInterceptor;
import lv.socialais.integration.messagelog.OutgoingDigestInterceptor;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Makes CXF client proxies for the registers' contracts: with our timeouts, a request context
 * per thread (so that one proxy serves concurrent calls), and the digest interceptors of the
 * message log.
 */
final class SoapClients {

    private SoapClients() {
    }

    static <T> T create(Class<T> contract, RegisterEndpoint endpoint) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(contract);
        factory.setAddress(endpoint.url());
        factory.getOutInterceptors().add(new OutgoingDigestInterceptor());
        factory.getInInterceptors().add(new IncomingDigestInterceptor());
        factory.getInFaultInterceptors().add(new IncomingDigestInterceptor());
        T port = contract.cast(factory.create());
        Client client = ClientProxy.getClient(port);
        client.getRequestContext().put("thread.local.request.context", "true");
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(endpoint.connectTimeoutMillis());
        policy.setReceiveTimeout(endpoint.receiveTimeoutMillis());
        policy.setAllowChunking(false);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        conduit.setClient(policy);
        if (endpoint.url().startsWith("https:")) {
            conduit.setTlsClientParameters(RegisterTls.clientParameters());
        }
        return port;
    }
}
