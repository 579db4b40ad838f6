package lv.socialais.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.socialais.audit.AuditSubject;

/**
 * How far the catalogue has been edited: the last audit entry of an edit of a type, its form or
 * its documents, or of the reference data that gives its amounts. Every such edit is audited in
 * its own transaction, so a copy of the catalogue made at one revision stays right until the
 * revision moves, on whichever node the edit was made. One look-up in the audit's subject index.
 */
@Stateless
public class CatalogueRevision {

    private static final List<String> CATALOGUE_SUBJECTS =
            List.of(AuditSubject.APPLICATION_TYPE.name(), AuditSubject.REFERENCE_DATA.name());

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public long current() {
        Long last = entityManager
                .createQuery("SELECT MAX(e.id) FROM AuditEvent e WHERE e.subjectType IN :subjects", Long.class)
                .setParameter("subjects", CATALOGUE_SUBJECTS)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
