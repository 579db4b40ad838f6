package lv.socialais.integration.messagelog;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;

/**
 * Finds the exchange's record: a client puts one in its request context before the call; an
 * endpoint gets a new one for each exchange it receives.
 */
public final class ExchangeRecords {

    private ExchangeRecords() {}

    public static ExchangeRecord of(Message message) {
        Exchange exchange = message.getExchange();
        Object record = exchange == null ? null : exchange.get(ExchangeRecord.KEY);
        if (record == null) {
            record = message.getContextualProperty(ExchangeRecord.KEY);
        }
        if (record == null && exchange != null && !MessageUtils.isRequestor(message)) {
            record = new ExchangeRecord();
        }
        if (record instanceof ExchangeRecord found) {
            if (exchange != null) {
                exchange.put(ExchangeRecord.KEY, found);
            }
            return found;
        }
        return null;
    }
}
