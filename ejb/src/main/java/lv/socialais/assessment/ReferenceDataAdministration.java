package lv.socialais.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lv.socialais.administration.Administrators;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.CatalogueAmountChanged;
import lv.socialais.security.Actor;

/**
 * The administrator's keeping of the dated reference data: every period of every kind, and a
 * new value put in force from an effective date (also a future one). The period in force on
 * that date ends the day before; a later period already entered stays, and the new value ends
 * the day before it. Values already applied in decisions never change (decisions keep their
 * computation). Every addition is audited.
 */
@Stateless
public class ReferenceDataAdministration {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9A-Z][0-9A-Z-]{1,9}");
    private static final Pattern AMOUNT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final int SOURCE_LENGTH = 300;

    @Inject
    private DatedValueStore store;

    @Inject
    private AuditTrail audit;

    /** Every period of the kind, by key and the newest first. */
    public List<DatedValue> history(ReferenceKind kind) {
        return store.history(kind);
    }

    /**
     * Puts a new value in force from {@code validFrom}. {@code otherPerson} is the second amount
     * of a per-person threshold and is ignored for the other kinds.
     *
     * @throws ChangeRejected when the value, key, date or source cannot be right, or the key already
     *                        has a value from that date
     */
    public DatedValue add(
            ReferenceKind kind,
            String key,
            LocalDate validFrom,
            BigDecimal value,
            BigDecimal otherPerson,
            String source,
            Actor admin) {
        Administrators.require(admin);
        String theKey =
                kind.keyIsKind() ? kind.name() : key == null ? "" : key.strip().toUpperCase(java.util.Locale.ROOT);
        checkKey(kind, theKey);
        checkDate(validFrom);
        BigDecimal first = checked(kind.shape(), value, "admin.reference.value");
        BigDecimal other = kind.shape() == ReferenceKind.Shape.PER_PERSON
                ? checked(kind.shape(), otherPerson, "admin.reference.other")
                : null;
        if (other != null && other.compareTo(first) > 0) {
            throw new ChangeRejected("admin.reference.otherAboveFirst");
        }
        if (kind == ReferenceKind.MUNICIPAL_LOW_INCOME) {
            checkWithinStateLimits(validFrom, first, other);
        }
        String theSource = source == null ? "" : source.strip();
        if (theSource.isEmpty() || theSource.length() > SOURCE_LENGTH) {
            throw new ChangeRejected("admin.reference.source.invalid", SOURCE_LENGTH);
        }
        if (store.exists(kind, theKey, validFrom)) {
            throw new ChangeRejected("admin.reference.duplicate", theKey, validFrom.toString());
        }
        LocalDate until = store.nextStart(kind, theKey, validFrom)
                .map(next -> next.minusDays(1))
                .orElse(null);
        store.endPeriodInForce(kind, theKey, validFrom);
        store.insert(kind, theKey, validFrom, until, first, other, theSource);
        audit.record(
                admin,
                AuditAction.REFERENCE_VALUE_ADDED,
                AuditSubject.REFERENCE_DATA,
                null,
                kind + " " + theKey + " from " + validFrom
                        + (until == null ? "" : " until " + until) + ": " + first.toPlainString()
                        + (other == null ? "" : " / " + other.toPlainString())
                        + " (" + theSource + ")");
        return new DatedValue(kind, theKey, validFrom, until, first, other, theSource);
    }

    /**
     * The catalogue's fixed amount of a type, as changed on the type itself (the catalogue tells
     * it by an event, being the lower package): in force from
     * {@code from} (a second change on the same day replaces the first), or, when the type no
     * longer has one, ended the day before.
     */
    public void onCatalogueAmountChanged(@Observes CatalogueAmountChanged change) {
        putCatalogueAmountInForce(change.typeCode(), change.amount(), change.from(), change.source());
    }

    void putCatalogueAmountInForce(String typeCode, BigDecimal amount, LocalDate from, String source) {
        String code = catalogueAmountCode(typeCode);
        ReferenceKind kind = ReferenceKind.MUNICIPAL_AMOUNT;
        store.deleteStartingOn(kind, code, from);
        store.endPeriodInForce(kind, code, from);
        if (amount != null) {
            LocalDate until = store.nextStart(kind, code, from)
                    .map(next -> next.minusDays(1))
                    .orElse(null);
            store.insert(kind, code, from, until, checked(kind.shape(), amount, "admin.reference.value"), null, source);
        }
    }

    /** The municipal amount code under which a catalogue type's fixed amount is kept by date. */
    public static String catalogueAmountCode(String typeCode) {
        return "TYPE_" + typeCode;
    }

    private void checkKey(ReferenceKind kind, String key) {
        boolean valid = !kind.fixedKeys().isEmpty()
                ? kind.fixedKeys().contains(key)
                : kind == ReferenceKind.MUNICIPAL_LOW_INCOME
                        ? MUNICIPALITY.matcher(key).matches()
                        : AMOUNT_CODE.matcher(key).matches();
        if (!valid) {
            throw new ChangeRejected(
                    kind == ReferenceKind.MUNICIPAL_LOW_INCOME
                            ? "admin.reference.municipality.invalid"
                            : "admin.reference.key.invalid");
        }
    }

    private static void checkDate(LocalDate validFrom) {
        if (validFrom == null || validFrom.isBefore(EARLIEST) || validFrom.isAfter(LATEST)) {
            throw new ChangeRejected("admin.reference.date.invalid", EARLIEST.toString(), LATEST.toString());
        }
    }

    private static BigDecimal checked(ReferenceKind.Shape shape, BigDecimal value, String field) {
        if (value == null) {
            throw new ChangeRejected(field + ".required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = shape == ReferenceKind.Shape.MONTHS ? 0 : 2;
        if (stripped.scale() > decimals
                || value.compareTo(shape.minimum()) < 0
                || value.compareTo(shape.maximum()) > 0) {
            throw new ChangeRejected(
                    field + ".range",
                    shape.minimum().toPlainString(),
                    shape.maximum().toPlainString(),
                    decimals);
        }
        return value.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** A municipality's low-income threshold is at most the state maximum and not below the needy threshold. */
    private void checkWithinStateLimits(LocalDate date, BigDecimal first, BigDecimal other) {
        Optional<Object[]> maximum = store.stateThreshold(ReferenceKind.LOW_INCOME_MAX, date);
        if (maximum.isPresent()
                && (first.compareTo(DatedValueStore.decimal(maximum.get()[0])) > 0
                        || other.compareTo(DatedValueStore.decimal(maximum.get()[1])) > 0)) {
            throw new ChangeRejected(
                    "admin.reference.aboveMaximum",
                    DatedValueStore.decimal(maximum.get()[0]).toPlainString(),
                    DatedValueStore.decimal(maximum.get()[1]).toPlainString());
        }
        Optional<Object[]> needy = store.stateThreshold(ReferenceKind.NEEDY, date);
        if (needy.isPresent()
                && (first.compareTo(DatedValueStore.decimal(needy.get()[0])) < 0
                        || other.compareTo(DatedValueStore.decimal(needy.get()[1])) < 0)) {
            throw new ChangeRejected(
                    "admin.reference.belowNeedy",
                    DatedValueStore.decimal(needy.get()[0]).toPlainString(),
                    DatedValueStore.decimal(needy.get()[1]).toPlainString());
        }
    }
}
