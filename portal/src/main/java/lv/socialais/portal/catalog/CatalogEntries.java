package lv.socialais.portal.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;

/** Reads the catalogue into {@link CatalogEntry} copies inside one transaction, documents included. */
@Stateless
public class CatalogEntries {

    @Inject
    private ApplicationTypeCatalog catalog;

    public List<CatalogEntry> all() {
        return catalog.activeTypes().stream().map(CatalogEntries::entry).toList();
    }

    private static CatalogEntry entry(ApplicationType type) {
        return new CatalogEntry(type.getCode(), type.getKind(), type.getLifeSituation(), type.getName(),
                type.getEligibility(),
                type.getDocuments().stream().map(d -> new CatalogEntry.Document(d.getName(), d.isRequired())).toList(),
                type.getFixedAmount().orElse(null), type.getDecisionDeadlineDays(), type.isDeadlineInWorkDays(),
                type.getDepartment().getName());
    }
}
