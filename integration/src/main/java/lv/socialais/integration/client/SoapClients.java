package lv.socialais.integration.client;

import lv.socialais.integration.messagelog.IncomingDigestInterceptor;
import lv.socialais.integration.messagelog.OutgoingDigestInterceptor;
import lv.socialais.integration.wss.WsSecurity;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes CXF client proxies for the registers' contracts: with our timeouts, a request context
 * per thread (so that one proxy serves concurrent calls), WS-Security signing, and the digest
 * interceptors of the message log (which hash the signed message as it goes onto the wire).
 */
final class SoapClients {

    private SoapClients() {}

    static <T> T create(Class<T> contract, RegisterEndpoint endpoint) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(contract);
        factory.setAddress(endpoint.url());
        new WsSecurity(ConfigProvider.getConfig()).signing().ifPresent(factory.getOutInterceptors()::add);
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
