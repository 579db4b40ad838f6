package lv.socialais.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The legal bases offered to a caseworker deciding an application of a type: its rule's and the general ones. */
@Stateless
public class LegalBases {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<String> forType(ApplicationType type) {
        return entityManager
                .createNativeQuery("SELECT text_lv FROM legal_basis_template WHERE rule IS NULL OR rule = ?"
                        + " ORDER BY sort_order")
                .setParameter(1, type.getAssessmentRule().orElse(""))
                .getResultList();
    }
}
