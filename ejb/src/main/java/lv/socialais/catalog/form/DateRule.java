package lv.socialais.catalog.form;

/** Which dates a DATE field accepts, relative to today in Riga. */
public enum DateRule {
    PAST,
    FUTURE,
    PAST_OR_TODAY,
    TODAY_OR_FUTURE
}
