package lv.socialais.status;

import java.util.Optional;

/** The household statuses a social service grants and registers ask about; NEEDY outranks LOW_INCOME. */
public enum HouseholdStatusKind {
    NEEDY("NEEDY_HOUSEHOLD_STATUS"),
    LOW_INCOME("LOW_INCOME_HOUSEHOLD_STATUS");

    private final String applicationTypeCode;

    HouseholdStatusKind(String applicationTypeCode) {
        this.applicationTypeCode = applicationTypeCode;
    }

    /** The status an application of this type grants, if it is a status application. */
    public static Optional<HouseholdStatusKind> grantedBy(String typeCode) {
        for (HouseholdStatusKind kind : values()) {
            if (kind.applicationTypeCode.equals(typeCode)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
