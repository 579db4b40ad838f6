package lv.socialais.application;

/** The kinds of income a household declares for the means test. */
public enum IncomeType {
    SALARY,
    SELF_EMPLOYMENT,
    PENSION,
    STATE_BENEFIT,
    UNEMPLOYMENT_BENEFIT,
    ALIMONY,
    OTHER
}
