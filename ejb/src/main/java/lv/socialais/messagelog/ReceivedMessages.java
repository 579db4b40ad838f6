package lv.socialais.messagelog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The ids of the messages our SOAP services have accepted, per sender. A message id is taken
 * once: the second arrival of the same message is a replay, on any node of the cluster.
 */
@Stateless
public class ReceivedMessages {

    /** The longest message id the message log keeps; a longer one is refused rather than cut. */
    public static final int MAX_ID_LENGTH = 64;

    private static final int MAX_CLIENT_LENGTH = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /**
     * Takes the message id for the sender, in a transaction of its own so that it holds even when
     * the work the message asks for fails. False when it was taken before: a replay.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean firstArrival(String client, String messageId, Instant now) {
        if (client.length() > MAX_CLIENT_LENGTH || messageId.length() > MAX_ID_LENGTH) {
            return false;
        }
        return entityManager
                        .createNativeQuery(
                                "INSERT IGNORE INTO received_message (client, message_id, received_at) VALUES (?, ?, ?)")
                        .setParameter(1, client)
                        .setParameter(2, messageId)
                        .setParameter(3, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }
}
