package lv.socialais.messagelog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The log of every message exchanged with registers and the state portal. Each entry is
 * written in its own transaction, so that an exchange is logged even when the work it served
 * is rolled back.
 */
@Stateless
public class MessageLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(MessageLogEntry entry) {
        entityManager.persist(entry);
    }

    /** Who asked registers about this person, and why: what a resident is shown about himself. */
    public List<MessageLogEntry> about(String personalCode) {
        return entityManager
                .createQuery(
                        "SELECT e FROM MessageLogEntry e WHERE e.subjectPersonalCode = :code"
                                + " ORDER BY e.startedAt DESC",
                        MessageLogEntry.class)
                .setParameter("code", personalCode)
                .getResultList();
    }

    public List<MessageLogEntry> byMessageId(String messageId) {
        return entityManager
                .createQuery(
                        "SELECT e FROM MessageLogEntry e WHERE e.messageId = :id ORDER BY e.id", MessageLogEntry.class)
                .setParameter("id", messageId)
                .getResultList();
    }
}
