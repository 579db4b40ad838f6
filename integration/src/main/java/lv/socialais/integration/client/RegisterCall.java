package lv.socialais.integration.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import lv.socialais.integration.messagelog.ExchangeRecord;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.integration.xroad.XRoadMembers;
import lv.socialais.messagelog.MessageLog;
import lv.socialais.messagelog.MessageLogEntry;
import lv.socialais.person.PersonalCodesInText;
import lv.socialais.register.QueryContext;
import lv.socialais.register.RegisterUnavailable;
import org.apache.cxf.headers.Header;

/**
 * One question to a register, as every adapter asks it: with the X-Road headers, logged in the
 * message log whatever happens, and any technical failure turned into RegisterUnavailable.
 */
@ApplicationScoped
public class RegisterCall {

    static final String SERVICE_VERSION = "v1";

    @Inject
    private XRoadMembers members;

    @Inject
    private MessageLog messageLog;

    @Inject
    private Clock clock;

    <T> T ask(
            Object port,
            String register,
            String serviceCode,
            QueryContext context,
            String subjectPersonalCode,
            Supplier<T> invocation) {
        ExchangeRecord record = new ExchangeRecord();
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(
                Header.HEADER_LIST,
                new XRoadHeaders(
                                members.us(),
                                members.service(register, serviceCode, SERVICE_VERSION),
                                context.messageId(),
                                context.userId(),
                                context.issue(),
                                XRoadHeaders.PROTOCOL_VERSION)
                        .toSoapHeaders());
        request.put(ExchangeRecord.KEY, record);
        Instant started = clock.instant();
        MessageLogEntry.Outcome outcome = MessageLogEntry.Outcome.OK;
        String detail = null;
        try {
            return invocation.get();
        } catch (SOAPFaultException e) {
            outcome = MessageLogEntry.Outcome.FAULT;
            // A register's fault may echo the personal code it was asked about: never kept or logged in full.
            detail = PersonalCodesInText.mask(e.getMessage());
            throw new RegisterUnavailable(register + " " + serviceCode + " answered with a fault: " + detail, e);
        } catch (WebServiceException e) {
            outcome = MessageLogEntry.Outcome.TRANSPORT_ERROR;
            detail = PersonalCodesInText.mask(rootMessage(e));
            throw new RegisterUnavailable(register + " " + serviceCode + " did not answer: " + detail, e);
        } finally {
            request.remove(ExchangeRecord.KEY);
            long millis = clock.instant().toEpochMilli() - started.toEpochMilli();
            messageLog.record(new MessageLogEntry(
                    MessageLogEntry.Direction.OUT,
                    register,
                    serviceCode,
                    SERVICE_VERSION,
                    context.messageId(),
                    context.userId(),
                    context.issue(),
                    subjectPersonalCode,
                    started,
                    millis,
                    outcome,
                    detail,
                    record.requestSha256(),
                    record.responseSha256()));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
