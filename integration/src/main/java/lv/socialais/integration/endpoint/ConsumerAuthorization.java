package lv.socialais.integration.endpoint;

import jakarta.enterprise.inject.spi.CDI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lv.socialais.integration.consumer.SoapConsumer;
import lv.socialais.integration.consumer.SoapConsumers;
import lv.socialais.integration.messagelog.InboundExchange;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.messagelog.ReceivedMessages;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;

/**
 * Lets a signed message reach its operation only when the consumers table allows it: the
 * signing certificate is a consumer's, the X-Road client header names that same consumer (it is
 * not taken on trust), the operation is granted to him, and the message id is new (a replay is
 * refused on every node). Anything else is a SOAP fault, recorded in the message log as REFUSED,
 * before the service changes anything.
 */
public class ConsumerAuthorization extends AbstractSoapInterceptor {

    private final SoapConsumers consumers;
    private final boolean signed;

    /** @param signed whether WS-Security is required: without it (development) the header alone names the consumer */
    public ConsumerAuthorization(SoapConsumers consumers, boolean signed) {
        super(Phase.PRE_INVOKE);
        this.consumers = consumers;
        this.signed = signed;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        XRoadHeaders headers = (XRoadHeaders) message.getExchange().get(InboundExchange.HEADERS);
        String operation =
                message.getExchange().getBindingOperationInfo().getName().getLocalPart();
        Optional<SoapConsumer> consumer =
                signed ? signer(message).flatMap(consumers::signedWith) : consumers.byClient(headers.client());
        if (consumer.isEmpty()) {
            throw refused(message, "the signing certificate is not a configured consumer");
        }
        if (!consumer.get().isClient(headers.client())) {
            throw refused(
                    message,
                    "the client header " + SoapConsumer.idOf(headers.client())
                            + " does not match the signing certificate's consumer "
                            + consumer.get().clientId());
        }
        if (!consumer.get().mayCall(operation)) {
            throw refused(message, consumer.get().clientId() + " may not call " + operation);
        }
        if (!CDI.current()
                .select(ReceivedMessages.class)
                .get()
                .firstArrival(consumer.get().clientId(), headers.id(), Instant.now())) {
            throw refused(message, "message " + headers.id() + " was received before: a replay");
        }
    }

    private static Optional<X509Certificate> signer(SoapMessage message) {
        @SuppressWarnings("unchecked")
        List<WSHandlerResult> results = (List<WSHandlerResult>) message.get(WSHandlerConstants.RECV_RESULTS);
        if (results == null) {
            return Optional.empty();
        }
        return results.stream()
                .flatMap(result -> result.getActionResults().getOrDefault(WSConstants.SIGN, List.of()).stream())
                .map(result -> (X509Certificate) result.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))
                .filter(certificate -> certificate != null)
                .findFirst();
    }

    private static SoapFault refused(SoapMessage message, String reason) {
        message.getExchange().put(InboundExchange.REFUSED, Boolean.TRUE);
        return new SoapFault("Not authorized: " + reason, message.getVersion().getSender());
    }
}
