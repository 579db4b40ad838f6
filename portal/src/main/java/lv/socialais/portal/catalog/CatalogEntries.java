package lv.socialais.portal.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import lv.socialais.assessment.ReferenceData;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.common.Riga;

/** Reads the catalogue into {@link CatalogEntry} copies inside one transaction, documents included. */
@Stateless
public class CatalogEntries {

    @Inject
    private Clock clock;

    @Inject
    private ApplicationTypeCatalog catalog;

    @Inject
    private ReferenceData reference;

    /** Every type accepted now, with the fixed amount in force today (amounts are dated reference data). */
    public List<CatalogEntry> all() {
        Map<String, BigDecimal> amounts = reference.catalogueAmounts(Riga.today(clock));
        return catalog.activeTypes().stream().map(type -> entry(type, amounts)).toList();
    }

    private static CatalogEntry entry(ApplicationType type, Map<String, BigDecimal> amounts) {
        return new CatalogEntry(
                type.getCode(),
                type.getKind(),
                type.getLifeSituation(),
                type.getName(),
                type.getEligibility(),
                type.getDocuments().stream()
                        .map(d -> new CatalogEntry.Document(d.getName(), d.isRequired()))
                        .toList(),
                type.getFixedAmount()
                        .map(own -> amounts.getOrDefault(type.getCode(), own))
                        .orElse(null),
                type.getDecisionDeadlineDays(),
                type.isDeadlineInWorkDays(),
                type.getDepartment().getName());
    }
}
