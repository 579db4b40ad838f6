package lv.socialais.assessment;

/** What the means test finds the household to be. */
public enum HouseholdStatusResult {
    NEEDY,
    LOW_INCOME,
    NEITHER
}
