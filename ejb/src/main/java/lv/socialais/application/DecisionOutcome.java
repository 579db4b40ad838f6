package lv.socialais.application;

/** What the social service decided. */
public enum DecisionOutcome {
    GRANTED,
    PARTIALLY_GRANTED,
    REFUSED
}
