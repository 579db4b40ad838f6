package lv.socialais.portal.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.register.RegisterQuery;

/** Reads the database for the tests' assertions, independently of the use cases under test. */
@Stateless
public class TestQueries {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public long applications() {
        return entityManager
                .createQuery("SELECT COUNT(a) FROM Application a", Long.class)
                .getSingleResult();
    }

    public long applicationsWithKey(String key) {
        return entityManager
                .createQuery("SELECT COUNT(a) FROM Application a WHERE a.filing.submissionKey = :key", Long.class)
                .setParameter("key", key)
                .getSingleResult();
    }

    public Application application(Long id) {
        Application application = entityManager.find(Application.class, id);
        entityManager.refresh(application);
        application.getTimeline().size();
        return application;
    }

    public List<RegisterQuery> registerQueries(Long applicationId) {
        return entityManager
                .createQuery("SELECT q FROM RegisterQuery q WHERE q.applicationId = :id", RegisterQuery.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    public List<String> auditActions(Long applicationId) {
        return entityManager
                .createQuery(
                        "SELECT e.action FROM AuditEvent e WHERE e.subjectType = 'APPLICATION'"
                                + " AND e.subjectId = :id ORDER BY e.id",
                        String.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** Moves an application's date of receipt, to test which period's rules apply. */
    public void receivedOn(Long applicationId, java.time.LocalDate date) {
        entityManager
                .createNativeQuery("UPDATE application SET received_on = ? WHERE id = ?")
                .setParameter(1, java.sql.Date.valueOf(date))
                .setParameter(2, applicationId)
                .executeUpdate();
    }

    /** Moves an application's decision deadline, to test the due-soon and overdue marks. */
    public void deadline(Long applicationId, java.time.LocalDate date) {
        entityManager
                .createNativeQuery("UPDATE application SET decision_deadline = ? WHERE id = ?")
                .setParameter(1, java.sql.Date.valueOf(date))
                .setParameter(2, applicationId)
                .executeUpdate();
    }

    public List<FormDefinition> currentForms() {
        List<FormDefinition> forms = entityManager
                .createQuery(
                        "SELECT f FROM FormDefinition f WHERE f.current = TRUE"
                                + " ORDER BY f.applicationType.sortOrder",
                        FormDefinition.class)
                .getResultList();
        forms.forEach(form -> form.fields().forEach(field -> field.getOptions().size()));
        return forms;
    }
}
