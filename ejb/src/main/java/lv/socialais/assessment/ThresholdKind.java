package lv.socialais.assessment;

/** The state's income levels: the guaranteed minimum income, and the needy and (maximum) low-income thresholds. */
public enum ThresholdKind {
    GMI,
    NEEDY,
    LOW_INCOME_MAX
}
