package lv.socialais.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An administrator changed a type's fixed amount in the catalogue: the assessment's dated
 * reference data must hold it from {@code from} (none when {@code amount} is null). Fired in the
 * change's transaction; the catalogue does not know who keeps the reference data.
 */
public record CatalogueAmountChanged(String typeCode, BigDecimal amount, LocalDate from, String source) {}
