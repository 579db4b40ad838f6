package lv.socialais.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The catalogue as residents and staff read it: the application types the service accepts. */
@Stateless
public class ApplicationTypeCatalog {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** The types a resident can apply for now, in the catalogue's order. */
    public List<ApplicationType> activeTypes() {
        return entityManager
                .createQuery(
                        "SELECT t FROM ApplicationType t JOIN FETCH t.department"
                                + " WHERE t.active = TRUE ORDER BY t.sortOrder",
                        ApplicationType.class)
                .getResultList();
    }
}
