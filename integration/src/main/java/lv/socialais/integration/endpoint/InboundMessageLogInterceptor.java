package lv.socialais.integration.endpoint;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import lv.socialais.integration.messagelog.ExchangeRecord;
import lv.socialais.integration.messagelog.ExchangeRecords;
import lv.socialais.integration.messagelog.InboundExchange;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.messagelog.MessageLog;
import lv.socialais.messagelog.MessageLogEntry;
import org.apache.cxf.interceptor.MessageSenderInterceptor;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Writes the message-log entry of a received exchange once its response (or fault) has been
 * written, and before the stream is closed and the last bytes leave: by the time the sender
 * holds the answer, the exchange is in the log (a test, or an auditor asked about a refusal,
 * reads it at once). On the out and the out-fault chain, just before CXF's sender ends.
 */
public class InboundMessageLogInterceptor extends AbstractPhaseInterceptor<Message> {

    private final String service;

    public InboundMessageLogInterceptor(String service) {
        super(Phase.PREPARE_SEND_ENDING);
        addBefore(MessageSenderInterceptor.MessageSenderEndingInterceptor.class.getName());
        this.service = service;
    }

    @Override
    public void handleMessage(Message message) {
        Exchange exchange = message.getExchange();
        ExchangeRecord record = ExchangeRecords.of(message);
        XRoadHeaders headers = exchange.get(InboundExchange.HEADERS) instanceof XRoadHeaders h ? h : null;
        Instant started = exchange.get(InboundExchange.STARTED) instanceof Instant at ? at : Instant.now();
        boolean fault = message == exchange.getOutFaultMessage();
        boolean refused = headers == null || exchange.get(InboundExchange.REFUSED) != null;
        MessageLogEntry.Outcome outcome = fault
                ? (refused ? MessageLogEntry.Outcome.REFUSED : MessageLogEntry.Outcome.FAULT)
                : exchange.get(InboundExchange.BUSINESS_ERROR) != null
                        ? MessageLogEntry.Outcome.BUSINESS_ERROR
                        : MessageLogEntry.Outcome.OK;
        Exception failure = message.getContent(Exception.class);
        String detail =
                fault && failure != null ? failure.getMessage() : (String) exchange.get(InboundExchange.BUSINESS_ERROR);
        BindingOperationInfo operation = exchange.getBindingOperationInfo();
        CDI.current()
                .select(MessageLog.class)
                .get()
                .record(new MessageLogEntry(
                        MessageLogEntry.Direction.IN,
                        headers == null
                                ? "unknown"
                                : headers.client().getMemberCode() + "/"
                                        + headers.client().getSubsystemCode(),
                        operation == null ? service : operation.getName().getLocalPart(),
                        headers == null ? null : headers.service().getServiceVersion(),
                        headers == null ? null : headers.id(),
                        headers == null ? null : headers.userId(),
                        (String) exchange.getOrDefault(InboundExchange.ISSUE, headers == null ? null : headers.issue()),
                        (String) exchange.get(InboundExchange.SUBJECT),
                        started,
                        Instant.now().toEpochMilli() - started.toEpochMilli(),
                        outcome,
                        detail,
                        record == null ? null : record.requestSha256(),
                        record == null ? null : record.responseSha256()));
    }
}
