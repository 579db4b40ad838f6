package lv.socialais.assessment;

/**
 * How long a granted status or benefit lasts, in months, kept as dated data because the rule is
 * not settled in current law: older rules give a status 6 months when an adult can work and 12
 * for a household of only pensioners or persons with a disability, and GMI and housing benefit
 * 3 months when someone is of working age, 6 otherwise.
 */
public enum GrantPeriod {
    STATUS_ABLE_TO_WORK,
    STATUS_PENSIONERS_OR_DISABLED,
    BENEFIT_WORKING_AGE,
    BENEFIT_NO_WORKING_AGE;

    public static GrantPeriod forStatus(boolean pensionersOrDisabledOnly) {
        return pensionersOrDisabledOnly ? STATUS_PENSIONERS_OR_DISABLED : STATUS_ABLE_TO_WORK;
    }

    public static GrantPeriod forBenefit(boolean pensionersOrDisabledOnly) {
        return pensionersOrDisabledOnly ? BENEFIT_NO_WORKING_AGE : BENEFIT_WORKING_AGE;
    }
}
