package lv.socialais.application;

/** The kinds of property a household declares for the material assessment. */
public enum PropertyKind {
    REAL_ESTATE,
    VEHICLE,
    SAVINGS,
    OTHER
}
