package lv.socialais.catalog;

/** What a resident obtains with an application of a type. */
public enum ApplicationKind {
    /** A household status such as needy or low-income, valid for a period. */
    STATUS,
    /** A payment. */
    BENEFIT,
    /** A social service such as home care or a care home placement. */
    SERVICE,
    /** A change to a service or benefit already running: continue, stop, recalculate. */
    CHANGE,
    /** A certificate issued to the resident. */
    CERTIFICATE
}
