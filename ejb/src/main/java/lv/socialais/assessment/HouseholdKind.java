package lv.socialais.assessment;

/** The household kinds the housing-benefit coefficient K distinguishes (SPSPL art. 35(5)). */
public enum HouseholdKind {
    /** A pensioner or a person with a disability who lives alone: K 2.5. */
    PENSIONER_OR_DISABLED_ALONE,
    /** A household of only pensioners or persons with a disability, also with children: K 2.0. */
    PENSIONERS_OR_DISABLED_ONLY,
    /** Every other household: K 1.5. */
    OTHER
}
