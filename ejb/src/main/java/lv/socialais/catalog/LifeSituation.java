package lv.socialais.catalog;

/** The life situations the catalogue is grouped by, so a resident finds help by need, not by law. */
public enum LifeSituation {
    MONEY_AND_STATUS,
    FAMILY_AND_CHILDREN,
    OLD_AGE_AND_DISABILITY,
    CARE_AT_HOME,
    CRISIS
}
